import type { Config } from '../config.js';
import { type ApiResult, type Callback, Resource, type ResourceMethod } from '../resource.js';
import { deprecated } from './deprecated.js';

export class Subscription extends Resource {
  static override get path(): string {
    return '/v1/import/subscriptions{/subscriptionUuid}';
  }
  /** @deprecated Use `Metrics.Customer.subscriptions`. */
  static override all: ResourceMethod = deprecated(
    'Subscription.all',
    'ChartMogul.Metrics.Customer.subscriptions',
    Resource._method('GET', '/v1/import/customers/{customerUuid}/subscriptions'),
  );
}

type Params = Record<string, unknown>;
type EnvelopeMethod = (config: Config, data: Params, callback?: Callback<ApiResult>) => Promise<ApiResult>;

/** The API takes subscription events in a `subscription_event` envelope; a bare event is wrapped, as officially. */
function wrapParams(data: unknown): unknown {
  if (data && typeof data === 'object' && !(data as Params).subscription_event) return { subscription_event: data };
  return data;
}

function enveloped(verb: string, path?: string): EnvelopeMethod {
  const inner = Resource._method(verb, path);
  return function (this: unknown, config, data, callback) {
    const args: unknown[] = [config, wrapParams(data)];
    if (typeof callback === 'function') args.push(callback);
    return inner.apply(this, args as [Config]) as Promise<ApiResult>;
  };
}

export class SubscriptionEvent extends Resource {
  static override get path(): string {
    return '/v1/subscription_events';
  }
  /** `POST /v1/subscription_events`. */
  static override create: EnvelopeMethod = enveloped('POST');
  /** `PATCH /v1/subscription_events` (the event found by `id`, or by data source and external id). */
  static updateWithParams: EnvelopeMethod = enveloped('PATCH', '/v1/subscription_events');
  /** `DELETE /v1/subscription_events` (the event in the JSON body). */
  static deleteWithParams: EnvelopeMethod = enveloped('DELETE', '/v1/subscription_events');
  static _setDisabledState: ResourceMethod = Resource._method('PATCH', '/v1/subscription_events{/id}/disabled_state');
  static disable(config: Config, id: string | number, callback?: Callback<ApiResult>): Promise<ApiResult> {
    const args: unknown[] = [config, id, { disabled: true }];
    if (typeof callback === 'function') args.push(callback);
    return SubscriptionEvent._setDisabledState.apply(this, args as [Config]) as Promise<ApiResult>;
  }
  static enable(config: Config, id: string | number, callback?: Callback<ApiResult>): Promise<ApiResult> {
    const args: unknown[] = [config, id, { disabled: false }];
    if (typeof callback === 'function') args.push(callback);
    return SubscriptionEvent._setDisabledState.apply(this, args as [Config]) as Promise<ApiResult>;
  }
}
