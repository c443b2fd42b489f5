import type { Config } from '../config.js';
import { expandPath } from '../path-template.js';
import { type ApiResult, type Callback, Resource, type ResourceMethod } from '../resource.js';

type Params = Record<string, unknown>;
type MetricMethod = (config: Config, params?: Params, callback?: Callback<ApiResult>) => Promise<ApiResult>;

/** `Metrics.Customer`: one customer's activities and subscriptions, and connecting subscriptions. */
class MetricsCustomer {
  static get path(): string {
    return '/v1/customers/{customerUuid}/{action}';
  }
  static activities(
    config: Config,
    customerUuid: string,
    query?: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
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
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
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
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    const payload = MetricsCustomer._prepareSubscriptionsData(dataSourceUuid, data);
    return Resource.request(config, 'POST', `/v1/customers/${customerUuid}/connect_subscriptions`, payload, callback);
  }
  static disconnectSubscriptions(
    config: Config,
    dataSourceUuid: string,
    customerUuid: string,
    data: { uuid: string }[],
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
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
  static override all: ResourceMethod = Resource._method('GET', '/v1/activities');
}

class ActivitiesExport extends Resource {
  static override get path(): string {
    return '/v1/activities_export/{activitiesExportUuid}';
  }
  /** `POST /v1/activities_export`. */
  static override create: ResourceMethod = Resource._method('POST', '/v1/activities_export');
}

function metric(action: string): MetricMethod {
  return function (this: { path: string }, config, params, callback) {
    return Resource.request(config, 'GET', expandPath(this.path, { action }), params, callback);
  };
}

/** `Metrics.mrr(config, { 'start-date', 'end-date', interval, ... })` and the other metrics, plus the nested classes. */
export class Metrics {
  static get path(): string {
    return '/v1/metrics{/customerUuid}{/action}';
  }
  static all: MetricMethod = metric('all');
  static mrr: MetricMethod = metric('mrr');
  static arr: MetricMethod = metric('arr');
  static arpa: MetricMethod = metric('arpa');
  static asp: MetricMethod = metric('asp');
  static customerCount: MetricMethod = metric('customer-count');
  static customerChurnRate: MetricMethod = metric('customer-churn-rate');
  static mrrChurnRate: MetricMethod = metric('mrr-churn-rate');
  static ltv: MetricMethod = metric('ltv');
  static Customer: typeof MetricsCustomer = MetricsCustomer;
  static Activity: typeof Activity = Activity;
  static ActivitiesExport: typeof ActivitiesExport = ActivitiesExport;
}
