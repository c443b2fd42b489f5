import type { Config } from '../config.js';
import { expandPath } from '../path-template.js';
import { type ApiResult, type Callback, Resource, type ResourceMethod } from '../resource.js';
import { deprecated } from './deprecated.js';
import { CustomerNote, Opportunity, Task } from './simple.js';

type Params = Record<string, unknown>;

export class Customer extends Resource {
  static override get path(): string {
    return '/v1/customers{/customerUuid}{/attributes}';
  }
  /** `GET /v1/customers/search?email=...`. */
  static search(config: Config, query: Params, callback?: Callback<ApiResult>): Promise<ApiResult> {
    return Resource.request(config, 'GET', expandPath(this.path, ['search']), query, callback);
  }
  /** `GET /v1/customers/{uuid}/attributes`. */
  static attributes(config: Config, customerId: string, callback?: Callback<ApiResult>): Promise<ApiResult> {
    return Resource.request(config, 'GET', expandPath(this.path, [customerId, 'attributes']), {}, callback);
  }
  static contacts(
    config: Config,
    customerId: string,
    params?: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(config, 'GET', expandPath(this.path, [customerId, 'contacts']), params, callback);
  }
  static createContact(
    config: Config,
    customerId: string,
    params: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(config, 'POST', expandPath(this.path, [customerId, 'contacts']), params, callback);
  }
  static notes(
    config: Config,
    customerId: string,
    params?: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(
      config,
      'GET',
      expandPath(CustomerNote.path, []),
      { ...params, customer_uuid: customerId },
      callback,
    );
  }
  static createNote(
    config: Config,
    customerId: string,
    params: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(
      config,
      'POST',
      expandPath(CustomerNote.path, []),
      { ...params, customer_uuid: customerId },
      callback,
    );
  }
  static opportunities(
    config: Config,
    customerId: string,
    params?: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(
      config,
      'GET',
      expandPath(Opportunity.path, []),
      { ...params, customer_uuid: customerId },
      callback,
    );
  }
  static createOpportunity(
    config: Config,
    customerId: string,
    params: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(
      config,
      'POST',
      expandPath(Opportunity.path, []),
      { ...params, customer_uuid: customerId },
      callback,
    );
  }
  static tasks(
    config: Config,
    customerUuid: string,
    params?: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(
      config,
      'GET',
      expandPath(Task.path, []),
      { ...params, customer_uuid: customerUuid },
      callback,
    );
  }
  static createTask(
    config: Config,
    customerUuid: string,
    params: Params,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    return Resource.request(
      config,
      'POST',
      expandPath(Task.path, []),
      { ...params, customer_uuid: customerUuid },
      callback,
    );
  }
  static override modify: ResourceMethod = Resource._method('PATCH', '/v1/customers/{customerUuid}');
  /** `POST /v1/customers/merges` with `{ from, into }`. */
  static override merge: ResourceMethod = Resource._method('POST', '/v1/customers/merges');
  static unmerge: ResourceMethod = Resource._method('POST', '/v1/customers/unmerges');
  /** @deprecated Use `Metrics.Customer.connectSubscriptions`. */
  static connectSubscriptions: ResourceMethod = deprecated(
    'Customer.connectSubscriptions',
    'ChartMogul.Metrics.Customer.connectSubscriptions',
    Resource._method('POST', '/v1/customers/{customerUuid}/connect_subscriptions'),
  );
  /** @deprecated Use `Metrics.Customer.disconnectSubscriptions`. */
  static disconnectSubscriptions: ResourceMethod = deprecated(
    'Customer.disconnectSubscriptions',
    'ChartMogul.Metrics.Customer.disconnectSubscriptions',
    Resource._method('POST', '/v1/customers/{customerUuid}/disconnect_subscriptions'),
  );
}
