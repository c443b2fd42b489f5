import type { Config } from '../config.js';
import { expandPath } from '../path-template.js';
import type { OperationId } from '@chartmogul-kit/core';
import { Resource } from '../resource.js';
import { type Official, type OfficialCallback, official } from '../typed.js';

type Params = Record<string, unknown>;
type MetricId = Extract<OperationId, `metrics.${string}`>;
type MetricMethod<Id extends MetricId> = (
  config: Config,
  params?: Params,
  callback?: OfficialCallback<Id>,
) => ReturnType<Official<Id>>;

/** `Metrics.Customer`: one customer's activities and subscriptions, and connecting subscriptions. */
class MetricsCustomer {
  static get path(): string {
    return '/v1/customers/{customerUuid}/{action}';
  }
  static activities(
    config: Config,
    customerUuid: string,
    query?: Params,
    callback?: OfficialCallback<'customers.activities.list'>,
  ): ReturnType<Official<'customers.activities.list'>> {
    return Resource.request(
      config,
      'GET',
      expandPath(this.path, { customerUuid, action: 'activities' }),
      query,
      callback,
    );
  }
  static subscriptions(
    config: Config,
    customerUuid: string,
    query?: Params,
    callback?: OfficialCallback<'customers.subscriptions.list'>,
  ): ReturnType<Official<'customers.subscriptions.list'>> {
    return Resource.request(
      config,
      'GET',
      expandPath(this.path, { customerUuid, action: 'subscriptions' }),
      query,
      callback,
    );
  }
  /** `POST /v1/customers/{customerUuid}/connect_subscriptions`; `data` lists `{ uuid }` of the subscriptions. */
  static connectSubscriptions(
    config: Config,
    dataSourceUuid: string,
    customerUuid: string,
    data: { uuid: string }[],
    callback?: OfficialCallback<'customers.subscriptions.connect'>,
  ): ReturnType<Official<'customers.subscriptions.connect'>> {
    const payload = MetricsCustomer._prepareSubscriptionsData(dataSourceUuid, data);
    return Resource.request(config, 'POST', `/v1/customers/${customerUuid}/connect_subscriptions`, payload, callback);
  }
  static disconnectSubscriptions(
    config: Config,
    dataSourceUuid: string,
    customerUuid: string,
    data: { uuid: string }[],
    callback?: OfficialCallback<'customers.subscriptions.disconnect'>,
  ): ReturnType<Official<'customers.subscriptions.disconnect'>> {
    const payload = MetricsCustomer._prepareSubscriptionsData(dataSourceUuid, data);
    return Resource.request(
      config,
      'POST',
      `/v1/customers/${customerUuid}/disconnect_subscriptions`,
      payload,
      callback,
    );
  }
  static _prepareSubscriptionsData(dataSourceUuid: string, data: { uuid: string }[]): { subscriptions: Params[] } {
    return {
      subscriptions: data.map((subscription) => ({ data_source_uuid: dataSourceUuid, uuid: subscription.uuid })),
    };
  }
}

class Activity extends Resource {
  static override get path(): string {
    return '/v1/activities';
  }
  /** `GET /v1/activities`. */
  static override all: Official<'activities.list'> = official(Resource._method('GET', '/v1/activities'));
}

class ActivitiesExport extends Resource {
  static override get path(): string {
    return '/v1/activities_export/{activitiesExportUuid}';
  }
  /** `POST /v1/activities_export`. */
  static override create: Official<'activitiesExports.create'> = official(
    Resource._method('POST', '/v1/activities_export'),
  );
  static override retrieve: Official<'activitiesExports.retrieve'> = official(Resource._method('GET'));
}

function metric<Id extends MetricId>(action: string): MetricMethod<Id> {
  return function (this: { path: string }, config, params, callback) {
    return Resource.request(config, 'GET', expandPath(this.path, { action }), params, callback) as ReturnType<
      Official<Id>
    >;
  };
}

/** `Metrics.mrr(config, { 'start-date', 'end-date', interval, ... })` and the other metrics, plus the nested classes. */
export class Metrics {
  static get path(): string {
    return '/v1/metrics{/customerUuid}{/action}';
  }
  static all: MetricMethod<'metrics.all'> = metric('all');
  static mrr: MetricMethod<'metrics.mrr'> = metric('mrr');
  static arr: MetricMethod<'metrics.arr'> = metric('arr');
  static arpa: MetricMethod<'metrics.arpa'> = metric('arpa');
  static asp: MetricMethod<'metrics.asp'> = metric('asp');
  static customerCount: MetricMethod<'metrics.customerCount'> = metric('customer-count');
  static customerChurnRate: MetricMethod<'metrics.customerChurnRate'> = metric('customer-churn-rate');
  static mrrChurnRate: MetricMethod<'metrics.mrrChurnRate'> = metric('mrr-churn-rate');
  static ltv: MetricMethod<'metrics.ltv'> = metric('ltv');
  static Customer: typeof MetricsCustomer = MetricsCustomer;
  static Activity: typeof Activity = Activity;
  static ActivitiesExport: typeof ActivitiesExport = ActivitiesExport;
}
