import { Resource, type ResourceMethod } from '../resource.js';
import { toggle, toggleByExternalId } from './disabled-state.js';

export class LineItem extends Resource {
  static override get path(): string {
    return '/v1/line_items{/lineItemUuid}';
  }
  /** `POST /v1/import/invoices/{invoiceUuid}/line_items`. */
  static override create: ResourceMethod = Resource._method('POST', '/v1/import/invoices{/invoiceUuid}/line_items');
  /** `GET /v1/line_items?data_source_uuid=&external_id=`. */
  static override all: ResourceMethod = Resource._method('GET', '/v1/line_items');
  /** `PATCH /v1/line_items?data_source_uuid=&external_id=` with `{ qs, ...fields }`. */
  static override update: ResourceMethod = Resource._method('PATCH', '/v1/line_items');
  static override destroy: ResourceMethod = Resource._method('DELETE', '/v1/line_items{/lineItemUuid}');
  static destroyByExternalId: ResourceMethod = Resource._method('DELETE', '/v1/line_items');
  static _setDisabledState: ResourceMethod = Resource._method('PATCH', '/v1/line_items{/lineItemUuid}/disabled_state');
  static _setDisabledStateByExternalId: ResourceMethod = Resource._method('PATCH', '/v1/line_items/disabled_state');
  static disable = toggle(
    true,
    () => LineItem._setDisabledState,
    () => LineItem._setDisabledStateByExternalId,
  );
  static enable = toggle(
    false,
    () => LineItem._setDisabledState,
    () => LineItem._setDisabledStateByExternalId,
  );
  static disableByExternalId = toggleByExternalId(true, () => LineItem._setDisabledStateByExternalId);
  static enableByExternalId = toggleByExternalId(false, () => LineItem._setDisabledStateByExternalId);
}
