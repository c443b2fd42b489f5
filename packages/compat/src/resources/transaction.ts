import { Resource, type ResourceMethod } from '../resource.js';
import { toggle, toggleByExternalId } from './disabled-state.js';
import { type Official, official } from '../typed.js';

export class Transaction extends Resource {
  static override get path(): string {
    return '/v1/import/invoices/{invoiceUuid}/transactions';
  }
  /** `GET /v1/transactions/{transactionUuid}`. */
  /** `POST /v1/import/invoices/{invoiceUuid}/transactions`. */
  static override create: Official<'transactions.import'> = official(Resource._method('POST'));
  static override retrieve: Official<'transactions.retrieve'> = official(
    Resource._method('GET', '/v1/transactions{/transactionUuid}'),
  );
  /** `PATCH /v1/transactions/{transactionUuid}`. */
  static override modify: Official<'transactions.update'> = official(
    Resource._method('PATCH', '/v1/transactions{/transactionUuid}'),
  );
  /** `GET /v1/transactions?data_source_uuid=&external_id=`. */
  static override all: Official<'transactions.retrieveByExternalId'> = official(
    Resource._method('GET', '/v1/transactions'),
  );
  /** `PATCH /v1/transactions?data_source_uuid=&external_id=` with `{ qs, ...fields }`. */
  static override update: Official<'transactions.updateByExternalId'> = official(
    Resource._method('PATCH', '/v1/transactions'),
  );
  static override destroy: Official<'transactions.delete'> = official(
    Resource._method('DELETE', '/v1/transactions{/transactionUuid}'),
  );
  static destroyByExternalId: Official<'transactions.deleteByExternalId'> = official(
    Resource._method('DELETE', '/v1/transactions'),
  );
  static _setDisabledState: ResourceMethod = Resource._method(
    'PATCH',
    '/v1/transactions{/transactionUuid}/disabled_state',
  );
  static _setDisabledStateByExternalId: ResourceMethod = Resource._method('PATCH', '/v1/transactions/disabled_state');
  static disable: Official<'transactions.disable' | 'transactions.disableByExternalId'> = official(
    toggle(
      true,
      () => Transaction._setDisabledState,
      () => Transaction._setDisabledStateByExternalId,
    ),
  );
  static enable: Official<'transactions.enable' | 'transactions.enableByExternalId'> = official(
    toggle(
      false,
      () => Transaction._setDisabledState,
      () => Transaction._setDisabledStateByExternalId,
    ),
  );
  static disableByExternalId: Official<'transactions.disableByExternalId'> = official(
    toggleByExternalId(true, () => Transaction._setDisabledStateByExternalId),
  );
  static enableByExternalId: Official<'transactions.enableByExternalId'> = official(
    toggleByExternalId(false, () => Transaction._setDisabledStateByExternalId),
  );
}
