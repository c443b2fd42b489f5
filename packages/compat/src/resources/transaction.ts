import { Resource, type ResourceMethod } from '../resource.js';
import { toggle, toggleByExternalId } from './disabled-state.js';

export class Transaction extends Resource {
  static override get path(): string {
    return '/v1/import/invoices/{invoiceUuid}/transactions';
  }
  /** `GET /v1/transactions/{transactionUuid}`. */
  static override retrieve: ResourceMethod = Resource._method('GET', '/v1/transactions{/transactionUuid}');
  /** `PATCH /v1/transactions/{transactionUuid}`. */
  static override modify: ResourceMethod = Resource._method('PATCH', '/v1/transactions{/transactionUuid}');
  /** `GET /v1/transactions?data_source_uuid=&external_id=`. */
  static override all: ResourceMethod = Resource._method('GET', '/v1/transactions');
  /** `PATCH /v1/transactions?data_source_uuid=&external_id=` with `{ qs, ...fields }`. */
  static override update: ResourceMethod = Resource._method('PATCH', '/v1/transactions');
  static override destroy: ResourceMethod = Resource._method('DELETE', '/v1/transactions{/transactionUuid}');
  static destroyByExternalId: ResourceMethod = Resource._method('DELETE', '/v1/transactions');
  static _setDisabledState: ResourceMethod = Resource._method(
    'PATCH',
    '/v1/transactions{/transactionUuid}/disabled_state',
  );
  static _setDisabledStateByExternalId: ResourceMethod = Resource._method('PATCH', '/v1/transactions/disabled_state');
  static disable = toggle(
    true,
    () => Transaction._setDisabledState,
    () => Transaction._setDisabledStateByExternalId,
  );
  static enable = toggle(
    false,
    () => Transaction._setDisabledState,
    () => Transaction._setDisabledStateByExternalId,
  );
  static disableByExternalId = toggleByExternalId(true, () => Transaction._setDisabledStateByExternalId);
  static enableByExternalId = toggleByExternalId(false, () => Transaction._setDisabledStateByExternalId);
}
