import type { Config } from '../config.js';
import { expandPath } from '../path-template.js';
import { Resource } from '../resource.js';
import { type Official, type OfficialCallback, official } from '../typed.js';
import { deprecated } from './deprecated.js';
import { CustomerNote, Opportunity, Task } from './simple.js';

type Params = Record<string, unknown>;

export class Customer extends Resource {
  static override get path(): string {
    return '/v1/customers{/customerUuid}{/attributes}';
  }
  /** `GET /v1/customers/search?email=...`. */
  static search(
    config: Config,
    query: Params,
    callback?: OfficialCallback<'customers.search'>,
  ): ReturnType<Official<'customers.search'>> {
    return Resource.request(config, 'GET', expandPath(this.path, ['search']), query, callback);
  }
  /** `GET /v1/customers/{uuid}/attributes`. */
  static attributes(
    config: Config,
    customerId: string,
    callback?: OfficialCallback<'customers.retrieveAttributes'>,
  ): ReturnType<Official<'customers.retrieveAttributes'>> {
    return Resource.request(config, 'GET', expandPath(this.path, [customerId, 'attributes']), {}, callback);
  }
  static contacts(
    config: Config,
    customerId: string,
    params?: Params,
    callback?: OfficialCallback<'customers.contacts.list'>,
  ): ReturnType<Official<'customers.contacts.list'>> {
    return Resource.request(config, 'GET', expandPath(this.path, [customerId, 'contacts']), params, callback);
  }
  static createContact(
    config: Config,
    customerId: string,
    params: Params,
    callback?: OfficialCallback<'customers.contacts.create'>,
  ): ReturnType<Official<'customers.contacts.create'>> {
    return Resource.request(config, 'POST', expandPath(this.path, [customerId, 'contacts']), params, callback);
  }
  static notes(
    config: Config,
    customerId: string,
    params?: Params,
    callback?: OfficialCallback<'customerNotes.list'>,
  ): ReturnType<Official<'customerNotes.list'>> {
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
    callback?: OfficialCallback<'customerNotes.create'>,
  ): ReturnType<Official<'customerNotes.create'>> {
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
    callback?: OfficialCallback<'opportunities.list'>,
  ): ReturnType<Official<'opportunities.list'>> {
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
    callback?: OfficialCallback<'opportunities.create'>,
  ): ReturnType<Official<'opportunities.create'>> {
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
    callback?: OfficialCallback<'tasks.list'>,
  ): ReturnType<Official<'tasks.list'>> {
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
    callback?: OfficialCallback<'tasks.create'>,
  ): ReturnType<Official<'tasks.create'>> {
    return Resource.request(
      config,
      'POST',
      expandPath(Task.path, []),
      { ...params, customer_uuid: customerUuid },
      callback,
    );
  }
  static override create: Official<'customers.create'> = official(Resource._method('POST'));
  static override retrieve: Official<'customers.retrieve'> = official(Resource._method('GET'));
  static override all: Official<'customers.list'> = official(Resource._method('GET'));
  static override destroy: Official<'customers.delete'> = official(Resource._method('DELETE'));
  static override modify: Official<'customers.update'> = official(
    Resource._method('PATCH', '/v1/customers/{customerUuid}'),
  );
  /** `POST /v1/customers/merges` with `{ from, into }`. */
  static override merge: Official<'customers.merge'> = official(Resource._method('POST', '/v1/customers/merges'));
  static unmerge: Official<'customers.unmerge'> = official(Resource._method('POST', '/v1/customers/unmerges'));
  /** @deprecated Use `Metrics.Customer.connectSubscriptions`. */
  static connectSubscriptions: Official<'customers.subscriptions.connect'> = official(
    deprecated(
      'Customer.connectSubscriptions',
      'ChartMogul.Metrics.Customer.connectSubscriptions',
      Resource._method('POST', '/v1/customers/{customerUuid}/connect_subscriptions'),
    ),
  );
  /** @deprecated Use `Metrics.Customer.disconnectSubscriptions`. */
  static disconnectSubscriptions: Official<'customers.subscriptions.disconnect'> = official(
    deprecated(
      'Customer.disconnectSubscriptions',
      'ChartMogul.Metrics.Customer.disconnectSubscriptions',
      Resource._method('POST', '/v1/customers/{customerUuid}/disconnect_subscriptions'),
    ),
  );
}
