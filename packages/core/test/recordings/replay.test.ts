import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIError } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';
import { apiErrorClassFor } from '../../src/errors/status-errors.js';
import { decodeQuery, loadExchanges, type RecordedExchange, recordedFields, replayFor } from './exchanges.js';
import { isLeftOut, leftOut } from './left-out.js';

// Every exchange recorded from the real API, replayed: the SDK makes the recorded request to a
// loopback server that answers as ChartMogul did, and the SDK must send what the Ruby library
// sent and read what ChartMogul answered.

interface Received {
  method: string;
  path: string;
  query: [string, string][];
  body: unknown;
}

const exchanges = loadExchanges();
const replays = exchanges.flatMap((exchange) => {
  const replay = replayFor(exchange);
  return replay && !isLeftOut(replay.name, 'replay') ? [replay] : [];
});

let server: Server;
let answer: RecordedExchange;
let received: Received[] = [];

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(request);
    received.push({
      method: request.method ?? '',
      path: url.pathname,
      query: [...url.searchParams],
      body: text === '' ? undefined : JSON.parse(text),
    });
    response.writeHead(answer.status, answer.contentType ? { 'content-type': answer.contentType } : {});
    response.end(answer.responseText);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(): ChartMogulClient {
  const { port } = server.address() as AddressInfo;
  return new ChartMogulClient(
    { apiKey: 'replay-key-0123456789', baseURL: `http://127.0.0.1:${port}`, maxRetries: 0, rateLimit: false, logLevel: 'off' },
    { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' },
  );
}

function methodOf(target: ChartMogulClient, id: string): (...args: unknown[]) => Promise<unknown> {
  return id.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], target) as (
    ...args: unknown[]
  ) => Promise<unknown>;
}

/** Every string in a body: the server's own words, one of which an error message must carry. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsOf);
}

describe('replaying the real API recordings', () => {
  const skipped = exchanges.length - replays.length;
  it(`replays ${replays.length} of the ${exchanges.length} recorded exchanges (${skipped} left out, each listed with its reason)`, () => {
    const unmatched = exchanges.filter((exchange) => replayFor(exchange) === undefined).map((e) => `${e.file}#${e.index}`);
    expect(unmatched).toEqual([]);
    // Every listed exchange exists: the list cannot keep stale names.
    const names = new Set(exchanges.map((exchange) => `${exchange.file}#${exchange.index}`));
    expect(Object.keys(leftOut).filter((name) => !names.has(name))).toEqual([]);
    expect(skipped).toBe(Object.values(leftOut).filter((entry) => entry.check === 'replay').length);
    console.log(`real API recordings: ${replays.length} of ${exchanges.length} replayed, ${skipped} left out`);
  });

  it.each(replays.map((replay) => [`${replay.operation.id} ${replay.exchange.status} (${replay.name})`, replay] as const))(
    '%s',
    async (_, replay) => {
      const { exchange, operation } = replay;
      answer = exchange;
      received = [];
      const call = methodOf(client(), operation.id)(...replay.pathValues, ...(replay.params ? [replay.params] : []));
      const outcome = await Promise.resolve(call).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );

      expect(received).toHaveLength(1);
      const [sent] = received as [Received];
      expect({ method: sent.method, path: sent.path }).toEqual({ method: exchange.method, path: exchange.path });
      if (exchange.method === 'GET') {
        expect(decodeQuery(sent.query)).toEqual(decodeQuery(exchange.query));
        expect(sent.body).toBeUndefined();
      } else {
        // Query and body together say the same; where the Ruby library sent a JSON body, the SDK sends that body.
        expect({ ...decodeQuery(sent.query), ...(sent.body as object) }).toEqual(recordedFields(exchange));
        const recordedBody = exchange.requestBody ?? {};
        if (Object.keys(recordedBody).length > 0) expect(sent.body).toEqual(recordedBody);
      }

      if (exchange.status >= 200 && exchange.status < 300) {
        if (!outcome.ok) throw outcome.error;
        // The body as ChartMogul sent it, every field untouched (a page adds only its non-enumerable nextPage).
        if (exchange.responseText === '') expect(outcome.value).toBeUndefined();
        else expect(outcome.value).toEqual(exchange.responseJson);
        return;
      }
      if (exchange.status === 404 && operation.notFoundIsEmpty) {
        if (!outcome.ok) throw outcome.error;
        expect(outcome.value).toMatchObject({ [operation.paging?.items ?? 'entries']: [], has_more: false });
        return;
      }
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: APIError }).error;
      expect(error).toBeInstanceOf(apiErrorClassFor(exchange.status));
      expect(error.status).toBe(exchange.status);
      expect(error.body).toEqual(exchange.responseJson ?? exchange.responseText);
      // Sentences, where the body has any: a bare code such as "blank" could match by chance.
      const strings = stringsOf(exchange.responseJson ?? exchange.responseText);
      const sentences = strings.filter((text) => /\s/.test(text));
      const words = sentences.length > 0 ? sentences : strings;
      expect(words.some((text) => error.message.includes(text)), `"${error.message}" quotes none of ${JSON.stringify(words)}`).toBe(
        true,
      );
      expect(error.message).not.toContain('replay-key');
    },
  );
});
