import { Resource, type ResourceMethod } from '../resource.js';
import { toggle, toggleByExternalId } from './disabled-state.js';
import { type Official, official } from '../typed.js';

export class LineItem extends Resource {
  static override get path(): string {
    return '/v1/line_items{/lineItemUuid}';
  }
  /** `POST /v1/import/invoices/{invoiceUuid}/line_items`. */
  static override create: Official<'lineItems.import'> = official(
    Resource._method('POST', '/v1/import/invoices{/invoiceUuid}/line_items'),
  );
  static override retrieve: Official<'lineItems.retrieve'> = official(Resource._method('GET'));
  static override modify: Official<'lineItems.update'> = official(Resource._method('PATCH'));
  /** `GET /v1/line_items?data_source_uuid=&external_id=`. */
  static override all: Official<'lineItems.retrieveByExternalId'> = official(Resource._method('GET', '/v1/line_items'));
  /** `PATCH /v1/line_items?data_source_uuid=&external_id=` with `{ qs, ...fields }`. */
  static override update: Official<'lineItems.updateByExternalId'> = official(
    Resource._method('PATCH', '/v1/line_items'),
  );
  static override destroy: Official<'lineItems.delete'> = official(
    Resource._method('DELETE', '/v1/line_items{/lineItemUuid}'),
  );
  static destroyByExternalId: Official<'lineItems.deleteByExternalId'> = official(
    Resource._method('DELETE', '/v1/line_items'),
  );
  static _setDisabledState: ResourceMethod = Resource._method('PATCH', '/v1/line_items{/lineItemUuid}/disabled_state');
  static _setDisabledStateByExternalId: ResourceMethod = Resource._method('PATCH', '/v1/line_items/disabled_state');
  static disable: Official<'lineItems.disable' | 'lineItems.disableByExternalId'> = official(
    toggle(
      true,
      () => LineItem._setDisabledState,
      () => LineItem._setDisabledStateByExternalId,
    ),
  );
  static enable: Official<'lineItems.enable' | 'lineItems.enableByExternalId'> = official(
    toggle(
      false,
      () => LineItem._setDisabledState,
      () => LineItem._setDisabledStateByExternalId,
    ),
  );
  static disableByExternalId: Official<'lineItems.disableByExternalId'> = official(
    toggleByExternalId(true, () => LineItem._setDisabledStateByExternalId),
  );
  static enableByExternalId: Official<'lineItems.enableByExternalId'> = official(
    toggleByExternalId(false, () => LineItem._setDisabledStateByExternalId),
  );
}
