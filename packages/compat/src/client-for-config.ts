import type { Transport } from '@chartmogul-kit/core';
import { ChartMogulClient } from '@chartmogul-kit/core/internal';
import type { Config } from './config.js';
import { keepingRawBodies } from './raw-body.js';
import { createTransport } from './runtime/current.js';

interface Cached {
  readonly apiKey: string;
  readonly origin: string;
  readonly client: ChartMogulClient;
}

const clients = new WeakMap<object, Cached>();
let transport: Transport | undefined;

/**
 * The kit client behind a `Config`, made at its first request and kept while the config lives,
 * so that every call through one config shares one scheduler (ChartMogul's rate limits are per
 * account). A config whose key or base changed gets a new client; `retries` is per call.
 */
export function clientFor(config: Config, origin: string): ChartMogulClient {
  const apiKey = config.getApiKey();
  const cached = clients.get(config);
  if (cached && cached.apiKey === apiKey && cached.origin === origin) return cached.client;
  const client = new ChartMogulClient(
    { apiKey, baseURL: origin },
    {
      readEnv: () => undefined,
      apiKeyHint: 'Pass the key to new ChartMogul.Config(apiKey).',
      createTransport: () => {
        transport ??= keepingRawBodies(createTransport?.());
        return transport;
      },
    },
  );
  clients.set(config, { apiKey, origin, client });
  return client;
}
