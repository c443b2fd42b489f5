import { defineOperation } from './operation.js';

export interface PingResult {
  /** `"pong!"` when the key is valid. */
  data: string;
}

export const ping = defineOperation<void, PingResult>()({
  id: 'ping',
  noParams: true,
  method: 'GET',
  path: '/v1/ping',
});
