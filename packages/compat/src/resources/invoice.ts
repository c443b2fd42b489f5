import type { Config } from '../config.js';
import { Resource, type ResourceMethod } from '../resource.js';
import { deprecated } from './deprecated.js';
import { toggleByExternalId } from './disabled-state.js';
import { type Official, type OfficialCallback, official } from '../typed.js';

type Params = Record<string, unknown>;

export class Invoice extends Resource {
  static override get path(): string {
    return '/v1/import/customers/{customerUuid}/invoices';
  }
  /** `GET /v1/import/customers/{customerUuid}/invoices`. */
  static override create: Official<'invoices.import'> = official(Resource._method('POST'));
  static allCustomer: Official<'invoices.listImported'> = official(Resource._method('GET'));
  /** `GET /v1/invoices`. */
  static allAny: Official<'invoices.list'> = official(Resource._method('GET', '/v1/invoices'));
  /** `all(config, customerUuid, params?)`: one customer's invoices; `all(config, params?)`: all invoices. */
  static override all: Official<'invoices.list' | 'invoices.listImported'> = function (
    this: typeof Resource,
    config: Config,
    ...args: unknown[]
  ) {
    return typeof args[0] === 'string'
      ? Invoice.allCustomer.call(this, config, ...args)
      : Invoice.allAny.call(this, config, ...args);
  };
  static override destroy: Official<'invoices.delete'> = official(Resource._method('DELETE', '/v1/invoices{/uuid}'));
  /** `DELETE /v1/data_sources/{dataSourceUuid}/customers/{customerUuid}/invoices`. */
  static destroyAll: Official<'invoices.deleteAll'> = official(
    Resource._method('DELETE', 'v1/data_sources{/data_source_uuid}/customers{/customer_uuid}/invoices'),
  );
  /** @deprecated Use `Invoice.allCustomer`. */
  static all_customer: Official<'invoices.listImported'> = deprecated(
    'Invoice.all_customer',
    'Invoice.allCustomer',
    (...args) => Invoice.allCustomer.apply(Invoice, args),
  );
  /** @deprecated Use `Invoice.allAny`. */
  static all_any: Official<'invoices.list'> = deprecated('Invoice.all_any', 'Invoice.allAny', (...args) =>
    Invoice.allAny.apply(Invoice, args),
  );
  /** @deprecated Use `Invoice.destroyAll`. */
  static destroy_all: Official<'invoices.deleteAll'> = deprecated(
    'Invoice.destroy_all',
    'Invoice.destroyAll',
    (...args) => Invoice.destroyAll.apply(Invoice, args),
  );
  static override retrieve: Official<'invoices.retrieve'> = official(Resource._method('GET', '/v1/invoices{/uuid}'));
  /** `PUT /v1/data_sources/{dataSourceUuid}/invoices/{invoiceExternalId}/status` with `{ status: 'voided' | 'written_off' }`. */
  static updateStatus: Official<'invoices.updateStatus'> = official(
    Resource._method('PUT', '/v1/data_sources{/data_source_uuid}/invoices{/invoice_external_id}/status'),
  );
  static _setDisabledState: ResourceMethod = Resource._method('PATCH', '/v1/invoices{/uuid}/disabled_state');
  /** `PATCH /v1/invoices/{uuid}/disabled_state` with `{ disabled: true }` (plus any other fields given). */
  static disable(
    config: Config,
    uuid: string,
    dataOrCallback?: Params | OfficialCallback<'invoices.disable'>,
    callback?: OfficialCallback<'invoices.disable'>,
  ): ReturnType<Official<'invoices.disable'>> {
    let body: Params = { disabled: true };
    let cb: OfficialCallback<'invoices.disable'> | undefined;
    if (typeof dataOrCallback === 'function') {
      cb = dataOrCallback;
    } else if (dataOrCallback && typeof dataOrCallback === 'object') {
      body = { ...dataOrCallback, disabled: true };
      cb = callback;
    }
    const args: unknown[] = [config, uuid, body];
    if (typeof cb === 'function') args.push(cb);
    return Invoice._setDisabledState.apply(this, args as [Config]) as never;
  }
  static enable(
    config: Config,
    uuid: string,
    callback?: OfficialCallback<'invoices.enable'>,
  ): ReturnType<Official<'invoices.enable'>> {
    const args: unknown[] = [config, uuid, { disabled: false }];
    if (typeof callback === 'function') args.push(callback);
    return Invoice._setDisabledState.apply(this, args as [Config]) as never;
  }
  /** `PATCH /v1/invoices/{uuid}`. */
  static override modify: Official<'invoices.update'> = official(Resource._method('PATCH', '/v1/invoices{/uuid}'));
  /** `PATCH /v1/invoices?data_source_uuid=&external_id=` with `{ qs, ...fields }`. */
  static override update: Official<'invoices.updateByExternalId'> = official(Resource._method('PATCH', '/v1/invoices'));
  /** `DELETE /v1/invoices?data_source_uuid=&external_id=` with `{ qs }`. */
  static destroyByExternalId: Official<'invoices.deleteByExternalId'> = official(
    Resource._method('DELETE', '/v1/invoices'),
  );
  static _setDisabledStateByExternalId: ResourceMethod = Resource._method('PATCH', '/v1/invoices/disabled_state');
  static disableByExternalId: Official<'invoices.disableByExternalId'> = official(
    toggleByExternalId(true, () => Invoice._setDisabledStateByExternalId),
  );
  static enableByExternalId: Official<'invoices.enableByExternalId'> = official(
    toggleByExternalId(false, () => Invoice._setDisabledStateByExternalId),
  );
}
