// TEMPORARY: until the stateful mock (branch mock-state) is merged, the mock answers 404 to
// everything but the ping. This stand-in serves just what the CLI tests need, shaped like the API:
// data sources (create), customers (create with 422 on a duplicate external_id, cursor-paged list).
// startTestApi() uses it only when the real mock has no customers route: delete it after the merge.
import { authenticatedKey } from '@chartmogul-kit/mock';
import { http, HttpResponse, type RequestHandler } from 'msw';

interface StandInCustomer {
  id: number;
  uuid: string;
  external_id: string;
  data_source_uuid: string;
  name: string | null;
  email: string | null;
  company: string | null;
  status: string;
  attributes: { tags: string[]; custom: Record<string, unknown> };
}

export interface StandInStore {
  readonly dataSources: Set<string>;
  readonly customers: StandInCustomer[];
  /** `data source / external id` of every customer, for the duplicate check. */
  readonly externalIds: Set<string>;
}

const MAX_PER_PAGE = 200;

function error(status: number, body: Record<string, unknown>): Response {
  return HttpResponse.json(body, { status });
}

export function createStandInStore(): StandInStore {
  return { dataSources: new Set(), customers: [], externalIds: new Set() };
}

/** Adds a customer as POST /v1/customers would, or returns the error the API gives. */
export function addCustomer(store: StandInStore, body: Record<string, unknown>): StandInCustomer | Response {
  const problems: Record<string, string> = {};
  const ds = body.data_source_uuid;
  const externalId = body.external_id;
  if (typeof ds !== 'string' || !store.dataSources.has(ds)) problems.data_source_uuid = 'A valid data source UUID is required for each customer.';
  if (typeof externalId !== 'string' || externalId === '') problems.external_id = 'A unique external ID is required for each customer.';
  if (body.email !== undefined && (typeof body.email !== 'string' || !body.email.includes('@'))) {
    problems.email = 'The value provided does not appear to be a valid email address.';
  }
  if (Object.keys(problems).length > 0) return error(422, { errors: problems });
  const key = `${ds as string}/${externalId as string}`;
  if (store.externalIds.has(key)) {
    return error(422, { errors: { external_id: 'The external ID for this customer already exists in our system.' } });
  }
  const id = store.customers.length + 1;
  const customer: StandInCustomer = {
    id,
    uuid: `cus_${String(id).padStart(8, '0')}-stand-in`,
    external_id: externalId as string,
    data_source_uuid: ds as string,
    name: (body.name as string | undefined) ?? null,
    email: (body.email as string | undefined) ?? null,
    company: (body.company as string | undefined) ?? null,
    status: 'New_Lead',
    attributes: { tags: [], custom: {} },
  };
  store.customers.push(customer);
  store.externalIds.add(key);
  return customer;
}

export function standInHandlers(apiKeys: readonly string[], store: StandInStore = createStandInStore()): RequestHandler[] {
  const keys = new Set(apiKeys);
  return [
    http.all('*/v1/*', ({ request }) =>
      authenticatedKey(request, keys) === undefined ? error(401, { code: 401, message: 'No valid API key provided' }) : undefined,
    ),
    http.post('*/v1/data_sources', async ({ request }) => {
      const body = (await request.json()) as { name?: string };
      if (!body.name) return error(422, { errors: { name: "can't be blank" } });
      const uuid = `ds_stand-in-${store.dataSources.size + 1}`;
      store.dataSources.add(uuid);
      return HttpResponse.json({ uuid, name: body.name, system: 'Import API', status: 'idle' }, { status: 201 });
    }),
    http.post('*/v1/customers', async ({ request }) => {
      const result = addCustomer(store, (await request.json()) as Record<string, unknown>);
      return result instanceof Response ? result : HttpResponse.json(result, { status: 201 });
    }),
    http.get('*/v1/customers', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const perPage = Math.min(Number(query.get('per_page') ?? MAX_PER_PAGE), MAX_PER_PAGE);
      const after = query.get('cursor') ? Number(atob(query.get('cursor') as string)) : 0;
      const ds = query.get('data_source_uuid');
      const matching = ds ? store.customers.filter((c) => c.data_source_uuid === ds) : store.customers;
      const entries = matching.slice(after, after + perPage);
      const end = after + entries.length;
      return HttpResponse.json({ entries, has_more: end < matching.length, cursor: entries.length > 0 ? btoa(String(end)) : null });
    }),
  ];
}
