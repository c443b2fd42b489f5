// The one-line example of each method: `await cm.customers.create({ data_source_uuid: 'ds_...', ... })`,
// its path parameters and required params with plausible values. One source for the method's
// `@example` in the editor (generate-client-types.mjs) and for docs/api.md (packages/cli/scripts/api-docs.mjs).

/** ChartMogul's id prefixes, to make examples read like real calls. */
const PREFIX = {
  customers: 'cus_',
  contacts: 'con_',
  dataSources: 'ds_',
  plans: 'pl_',
  planGroups: 'plg_',
  invoices: 'inv_',
  lineItems: 'li_',
  transactions: 'tr_',
  customerNotes: 'note_',
  subscriptions: 'sub_',
};
const NAMED_PREFIX = {
  data_source_uuid: 'ds_',
  ds_uuid: 'ds_',
  customer_uuid: 'cus_',
  plan_uuid: 'pl_',
  invoice_uuid: 'inv_',
  into_uuid: 'con_',
  from_uuid: 'con_',
};

/** `await cm.<id>(<args>);` for a row `{ id, path }` and its params as described by describe-params.mjs. */
export function exampleCall(row, params) {
  return `await cm.${row.id}(${exampleArgs(row, params).join(', ')});`;
}

export function exampleArgs(row, params) {
  const namespace = row.id.split('.')[0];
  const path = [...row.path.matchAll(/\{([^}]+)\}/g)].map(([, name]) =>
    quote(`${NAMED_PREFIX[name] ?? (name === 'uuid' ? (PREFIX[namespace] ?? '') : '')}${name === 'id' ? '' : '...'}`),
  );
  const required = params.filter((p) => p.required);
  const fields = required.map((p) => `${p.name}: ${exampleValue(p)}`);
  return fields.length > 0 ? [...path, `{ ${fields.join(', ')} }`] : path;
}

function exampleValue(param) {
  if (param.values?.length) return quote(param.values[0]);
  if (/date|_at$/.test(param.name)) return quote('2025-01-01');
  if (param.name in NAMED_PREFIX) return quote(`${NAMED_PREFIX[param.name]}...`);
  if (param.name === 'email') return quote('ada@example.com');
  switch (param.kind) {
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    case 'string[]':
      return `[${quote('...')}]`;
    case 'number[]':
      return '[1]';
    case 'json':
      return param.type.endsWith('[]') ? '[/* ... */]' : '{ /* ... */ }';
    default:
      return quote('...');
  }
}

function quote(text) {
  return `'${text.replace(/'/g, "\\'")}'`;
}
