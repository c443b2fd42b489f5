import type { Config } from '../config.js';
import { Resource, type ResourceMethod } from '../resource.js';
import { deprecated } from './deprecated.js';
import { type Official, type OfficialCallback, official } from '../typed.js';

export class Subscription extends Resource {
  static override get path(): string {
    return '/v1/import/subscriptions{/subscriptionUuid}';
  }
  /** @deprecated Use `Metrics.Customer.subscriptions`. */
  static override all: Official<'subscriptions.listImported'> = deprecated(
    'Subscription.all',
    'ChartMogul.Metrics.Customer.subscriptions',
    official(Resource._method('GET', '/v1/import/customers/{customerUuid}/subscriptions')),
  );
  /** `PATCH /v1/import/subscriptions/{uuid}` with `{ cancelled_at }` or `{ cancellation_dates }`. */
  static override cancel: Official<'subscriptions.cancel'> = official(Resource._method('PATCH'));
  static override modify: Official<'subscriptions.cancel'> = official(Resource._method('PATCH'));
}

type Params = Record<string, unknown>;
type EnvelopeMethod<
  Id extends 'subscriptionEvents.create' | 'subscriptionEvents.update' | 'subscriptionEvents.delete',
> = (config: Config, data: Params, callback?: OfficialCallback<Id>) => ReturnType<Official<Id>>;

/** The API takes subscription events in a `subscription_event` envelope; a bare event is wrapped, as officially. */
function wrapParams(data: unknown): unknown {
  if (data && typeof data === 'object' && !(data as Params).subscription_event) return { subscription_event: data };
  return data;
}

function enveloped<Id extends 'subscriptionEvents.create' | 'subscriptionEvents.update' | 'subscriptionEvents.delete'>(
  verb: string,
  path?: string,
): EnvelopeMethod<Id> {
  const inner = Resource._method(verb, path);
  return function (this: unknown, config, data, callback) {
    const args: unknown[] = [config, wrapParams(data)];
    if (typeof callback === 'function') args.push(callback);
    return inner.apply(this, args as [Config]) as never;
  };
}

export class SubscriptionEvent extends Resource {
  static override get path(): string {
    return '/v1/subscription_events';
  }
  /** `POST /v1/subscription_events`. */
  static override create: EnvelopeMethod<'subscriptionEvents.create'> = enveloped('POST');
  static override all: Official<'subscriptionEvents.list'> = official(Resource._method('GET'));
  /** `PATCH /v1/subscription_events` (the event found by `id`, or by data source and external id). */
  static updateWithParams: EnvelopeMethod<'subscriptionEvents.update'> = enveloped('PATCH', '/v1/subscription_events');
  /** `DELETE /v1/subscription_events` (the event in the JSON body). */
  static deleteWithParams: EnvelopeMethod<'subscriptionEvents.delete'> = enveloped('DELETE', '/v1/subscription_events');
  static _setDisabledState: ResourceMethod = Resource._method('PATCH', '/v1/subscription_events{/id}/disabled_state');
  static disable(
    config: Config,
    id: string | number,
    callback?: OfficialCallback<'subscriptionEvents.disable'>,
  ): ReturnType<Official<'subscriptionEvents.disable'>> {
    const args: unknown[] = [config, id, { disabled: true }];
    if (typeof callback === 'function') args.push(callback);
    return SubscriptionEvent._setDisabledState.apply(this, args as [Config]) as never;
  }
  static enable(
    config: Config,
    id: string | number,
    callback?: OfficialCallback<'subscriptionEvents.enable'>,
  ): ReturnType<Official<'subscriptionEvents.enable'>> {
    const args: unknown[] = [config, id, { disabled: false }];
    if (typeof callback === 'function') args.push(callback);
    return SubscriptionEvent._setDisabledState.apply(this, args as [Config]) as never;
  }
}
