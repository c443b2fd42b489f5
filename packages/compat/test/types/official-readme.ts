// chartmogul-node 3.12.3's README examples, as written there (its "Usage" section), checked by
// `tsc` (the package's typecheck, and test/types-official-readme.test.ts in `pnpm test`): code
// migrating from the official library compiles unchanged. The `@ts-expect-error` lines are the
// mistakes the declarations catch: a misspelt field, a missing path parameter, a wrong shape.
// Type-checked only: nothing here runs.
import * as ChartMogul from '../../src/index.js';

declare const customerUuid: string;
declare const dataSourceUuid: string;
declare const contactUuid: string;
declare const intoUuid: string;
declare const fromUuid: string;
declare const noteUuid: string;
declare const opportunityUuid: string;
declare const taskUuid: string;
declare const uuid: string;
declare const planGroupUuid: string;
declare const subscriptionUuid: string;
declare const invoiceUuid: string;
declare const id: string;

const config = new ChartMogul.Config('apiKey');

export async function usage(): Promise<void> {
  ChartMogul.Ping.ping(config)
    .then((res) => console.log(res.data))
    .catch((err) => console.error(err));

  ChartMogul.Customer.create(config, {
    data_source_uuid: 'ds_e243129a-12c0-4e29-8f54-07da7905fbd1',
    external_id: 'cus_0001',
    name: 'Adam Smith',
    email: 'adam@smith.com',
    country: 'US',
    city: 'New York',
  })
    .then((res) => console.log(res.uuid))
    .catch((e) => console.error(e.message, e.httpStatus, e.response));

  const data = { data_source_uuid: dataSourceUuid, external_id: 'cus_0001', name: 'Adam Smith' };
  ChartMogul.Customer.create(config, data, (err, res) => {
    if (err) console.error(err);
    console.log(res?.uuid);
  });

  await ChartMogul.DataSource.create(config, { name: 'In-house billing' });
  await ChartMogul.DataSource.retrieve(config, dataSourceUuid, { with_processing_status: true });
  await ChartMogul.DataSource.all(config, { name: 'In-house billing' });
  await ChartMogul.DataSource.destroy(config, dataSourceUuid);

  const customer: ChartMogul.CustomerResource = ChartMogul.Customer;
  await customer.retrieve(config, customerUuid);
  await ChartMogul.Customer.all(config, { per_page: 20 });
  await ChartMogul.Customer.modify(config, customerUuid, { name: 'Adam Smith Jr.' });
  await ChartMogul.Customer.destroy(config, customerUuid);
  await ChartMogul.Customer.merge(config, {
    from: { customer_uuid: 'cus_5915ee5a-babd-406b-b8ce-d207133fb4cb' },
    into: { customer_uuid: 'cus_2123290f-09c8-4628-a205-db5596bd58f7' },
  });
  await ChartMogul.Customer.unmerge(config, {
    customer_uuid: 'cus_cd9e5f29-6299-40e5-b343-0bd1ed228b4f',
    data_source_uuid: 'ds_788ec6ae-dd51-11ee-bd46-a3ec952dc041',
    external_id: 'cus_O075O8NH0LrtG8',
    move_to_new_customer: [],
  });
  // The README's (deprecated) connect and disconnect leave out each subscription's data_source_uuid,
  // which the API requires: the declarations ask for it.
  const subscriptions = [{ uuid: 'sub_uuid', data_source_uuid: dataSourceUuid }];
  await ChartMogul.Customer.connectSubscriptions(config, customerUuid, { subscriptions });
  await ChartMogul.Customer.disconnectSubscriptions(config, customerUuid, { subscriptions });
  // @ts-expect-error the README's form, without data_source_uuid.
  await ChartMogul.Customer.connectSubscriptions(config, customerUuid, { subscriptions: [{ uuid: 'sub_uuid' }] });
  await ChartMogul.Customer.contacts(config, customerUuid, { per_page: 10, cursor: 'cursor==' });
  await ChartMogul.Customer.createContact(config, customerUuid, { data_source_uuid: dataSourceUuid, email: 'a@b.c' });
  await ChartMogul.Customer.notes(config, customerUuid, { per_page: 10, cursor: 'cursor==' });
  await ChartMogul.Customer.createNote(config, customerUuid, { type: 'note', text: 'Met at the fair' });
  await ChartMogul.Customer.opportunities(config, customerUuid, { per_page: 10, cursor: 'cursor==' });
  await ChartMogul.Customer.tasks(config, customerUuid, { per_page: 10, cursor: 'cursor==' });

  await ChartMogul.Contact.retrieve(config, contactUuid);
  await ChartMogul.Contact.destroy(config, contactUuid);
  await ChartMogul.Contact.merge(config, intoUuid, fromUuid);
  await ChartMogul.Contact.all(config, { per_page: 10, cursor: 'cursor==' });

  await ChartMogul.CustomerNote.retrieve(config, noteUuid);
  await ChartMogul.CustomerNote.destroy(config, noteUuid);
  await ChartMogul.CustomerNote.all(config, { per_page: 10, cursor: 'cursor==', customer_uuid: customerUuid });
  await ChartMogul.Opportunity.retrieve(config, opportunityUuid);
  await ChartMogul.Opportunity.destroy(config, opportunityUuid);
  await ChartMogul.Opportunity.all(config, { per_page: 10, cursor: 'cursor==', customer_uuid: customerUuid });
  await ChartMogul.Task.retrieve(config, taskUuid);
  await ChartMogul.Task.destroy(config, taskUuid);
  await ChartMogul.Task.all(config, { per_page: 10, cursor: 'cursor==', customer_uuid: customerUuid });

  await ChartMogul.Plan.retrieve(config, uuid);
  await ChartMogul.Plan.modify(config, uuid, { name: 'new name' });
  await ChartMogul.Plan.destroy(config, uuid);
  await ChartMogul.PlanGroup.retrieve(config, planGroupUuid);
  await ChartMogul.PlanGroup.destroy(config, planGroupUuid);
  await ChartMogul.PlanGroup.all(config, { per_page: 10 });
  await ChartMogul.PlanGroup.all(config, planGroupUuid, { per_page: 10 });

  await ChartMogul.Subscription.cancel(config, subscriptionUuid, { cancelled_at: '2022-06-13' });
  await ChartMogul.Subscription.modify(config, subscriptionUuid, { cancellation_dates: [] });

  await ChartMogul.Invoice.retrieve(config, invoiceUuid);
  await ChartMogul.Invoice.destroy(config, invoiceUuid);
  await ChartMogul.Invoice.all(config, customerUuid, { per_page: 10 });
  await ChartMogul.Invoice.all(config, { per_page: 10 });
  await ChartMogul.Invoice.destroy_all(config, dataSourceUuid, customerUuid);

  await ChartMogul.SubscriptionEvent.create(config, {
    subscription_event: {
      event_type: 'subscription_cancelled',
      event_date: '2022-06-13',
      effective_date: '2022-06-13',
      subscription_external_id: 'sub_ex_id_1',
      customer_external_id: 'cus_ex_id_1',
      data_source_uuid: '4175177b-3e4b-45b6-b6fb-426d6fd79028',
    },
  });
  await ChartMogul.SubscriptionEvent.updateWithParams(config, {
    subscription_event: { id: 1, plan_external_id: 'gazillion_monthly' },
  });
  await ChartMogul.SubscriptionEvent.deleteWithParams(config, { subscription_event: { id: 1 } });

  await ChartMogul.Customer.search(config, { email: 'bob@example.com' });
  await ChartMogul.Customer.attributes(config, customerUuid);
  await ChartMogul.Tag.add(config, customerUuid, { tags: ['important', 'Prio1'] });
  await ChartMogul.Tag.add(config, { email: 'adam@smith.com', tags: ['important', 'Prio1'] });
  await ChartMogul.Tag.remove(config, customerUuid, { tags: ['Prio1', 'discountable'] });
  await ChartMogul.CustomAttribute.add(config, customerUuid, { custom: [{ type: 'Integer', key: 'age', value: 8 }] });
  await ChartMogul.CustomAttribute.add(config, {
    email: 'adam@example.com',
    custom: [{ type: 'Integer', key: 'age', value: 8 }],
  });
  await ChartMogul.CustomAttribute.update(config, customerUuid, { custom: { age: 20, channel: 'Twitter' } });
  await ChartMogul.CustomAttribute.remove(config, customerUuid, { custom: ['CAC'] });

  const query = { 'start-date': '2015-01-01', 'end-date': '2015-11-24', interval: 'month' } as const;
  await ChartMogul.Metrics.all(config, {
    'start-date': '2015-01-01',
    'end-date': '2015-11-24',
    interval: 'month',
    geo: 'GB',
    plans: 'Bronze Plan',
    filters: "currency~ANY~'USD'",
  });
  await ChartMogul.Metrics.mrr(config, query);
  await ChartMogul.Metrics.arr(config, query);
  await ChartMogul.Metrics.arpa(config, query);
  await ChartMogul.Metrics.asp(config, query);
  await ChartMogul.Metrics.customerCount(config, query);
  await ChartMogul.Metrics.customerChurnRate(config, query);
  await ChartMogul.Metrics.mrrChurnRate(config, query);
  await ChartMogul.Metrics.ltv(config, query);
  await ChartMogul.Metrics.Customer.subscriptions(config, customerUuid, { per_page: 10 });
  await ChartMogul.Metrics.Customer.activities(config, customerUuid, { per_page: 10 });
  await ChartMogul.Metrics.Activity.all(config, { per_page: 10 });
  await ChartMogul.Metrics.ActivitiesExport.create(config, { type: 'churn' });
  await ChartMogul.Metrics.ActivitiesExport.retrieve(config, id);
  await ChartMogul.Account.retrieve(config);
  // A callback typed as the untyped ApiResult of earlier releases still fits.
  ChartMogul.Customer.attributes(config, customerUuid, (error: unknown, body?: ChartMogul.ApiResult) => {
    if (error instanceof ChartMogul.NotFoundError) console.log(error.httpStatus, error.response);
    else console.log(body);
  });

  // The README's connectSubscriptions example passes `{ subscriptions: [...] }`, but the official
  // method maps over `data` (lib/chartmogul/metrics/customer.js): that example throws
  // "data.map is not a function". The declarations take what the code takes, an array.
  await ChartMogul.Metrics.Customer.connectSubscriptions(config, dataSourceUuid, customerUuid, [{ uuid: 'sub_uuid' }]);
  await ChartMogul.Metrics.Customer.connectSubscriptions(config, dataSourceUuid, customerUuid, {
    // @ts-expect-error the README's shape: an object where the code needs the array.
    subscriptions: [{ uuid: 'sub_uuid', data_source_uuid: 'ds_uuid' }],
  });
}

/** What the declarations refuse: each line compiles in plain JavaScript and fails at ChartMogul, or silently. */
export async function mistakes(): Promise<void> {
  // @ts-expect-error a misspelt field (`nmae`): ChartMogul would create a customer with no name.
  await ChartMogul.Customer.create(config, { data_source_uuid: dataSourceUuid, external_id: 'c1', nmae: 'Adam' });
  // @ts-expect-error the customer's uuid is required.
  await ChartMogul.Customer.retrieve(config);
  // @ts-expect-error `per_pag`: ChartMogul would ignore it and answer its default page size.
  await ChartMogul.Customer.all(config, { per_pag: 5 });
  // @ts-expect-error the Config comes first, not the key.
  await ChartMogul.Ping.ping('apiKey');
  // @ts-expect-error a plan needs its interval.
  await ChartMogul.Plan.create(config, { data_source_uuid: dataSourceUuid, name: 'Gold' });
  // @ts-expect-error `emial` is not a field of a search.
  await ChartMogul.Customer.search(config, { emial: 'bob@example.com' });
  // @ts-expect-error the invoice's uuid is required.
  await ChartMogul.Invoice.retrieve(config);
  // @ts-expect-error tags are a list of strings.
  await ChartMogul.Tag.add(config, customerUuid, { tags: 'important' });
  // @ts-expect-error `page` paging is gone (DeprecatedParamError at run time too): use `cursor`.
  await ChartMogul.Customer.all(config, { page: 2 });
  // @ts-expect-error no such method: `_method`, `request` and `path` are not part of the API.
  ChartMogul.Customer._method('GET');
  // @ts-expect-error nor are a function's `apply`, `bind` and `call`: a resource is not a function.
  ChartMogul.Customer.call(null);
  const customer = await ChartMogul.Customer.retrieve(config, customerUuid);
  // @ts-expect-error results are typed too: a customer has `name`, not `nmae`.
  console.log(customer.nmae);
}
