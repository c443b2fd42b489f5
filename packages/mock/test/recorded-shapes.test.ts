import { expect, it } from 'vitest';
import { excused, notApplicableReason } from './recordings/api-changes.js';
import { keyDifferences } from './recordings/key-shape.js';
import { byOperation, type Exchange } from './recordings/recordings.js';
import { type Request, remap } from './recordings/remap.js';
import { idOf, seedWorld, type World } from './recordings/world.js';
import { type Answer, type MockApi, mockApi } from './support/mock-api.js';

/**
 * Every exchange recorded from the real ChartMogul API (fixtures/real-api), replayed against the
 * mock: a fresh account is seeded so that the recorded request can succeed (or fail the same
 * way), the recorded request is sent with the recorded ids replaced by seeded ones, and the
 * mock's answer must have the recorded status and the recorded body's key set (recursively; see
 * key-shape.ts). What cannot match is listed, with its reason, in recordings/api-changes.ts.
 */
it('answers every recorded operation with the status and JSON shape of the real API', { timeout: 120_000 }, async () => {
  const failures: string[] = [];
  const counts = { operations: 0, exchanges: 0, compared: 0, notApplicable: 0 };
  for (const [operation, exchanges] of byOperation()) {
    counts.operations++;
    for (const exchange of exchanges) {
      counts.exchanges++;
      const where = `${operation} (${exchange.file} #${exchange.index}, ${exchange.method} ${exchange.path} -> ${exchange.status})`;
      if (notApplicableReason(exchange) !== undefined) {
        counts.notApplicable++;
        continue;
      }
      if (operation.startsWith('(no operation)')) {
        failures.push(`${where}: no operation of the table has this method and path`);
        continue;
      }
      const api = mockApi();
      const world = await seedWorld(api);
      const request = remap(exchange, operation, world);
      const answer = await replay(api, world, operation, exchange, request);
      const differences: string[] = [];
      if (answer.status !== exchange.status) differences.push(`status ${answer.status}, recorded ${exchange.status}`);
      if (exchange.responseText === '' && answer.body !== undefined) differences.push(`recorded no body, the mock sent ${JSON.stringify(answer.body)}`);
      if (exchange.responseText !== '' && answer.body === undefined) differences.push('recorded a body, the mock sent none');
      differences.push(...keyDifferences(exchange.responseJson, answer.body, excused(exchange, operation)));
      if (differences.length > 0) failures.push(`${where}:\n    ${differences.join('\n    ')}\n    mock: ${JSON.stringify(answer.body)?.slice(0, 600)}`);
      else counts.compared++;
    }
  }
  console.log(
    `Recorded exchanges: ${counts.exchanges} in ${counts.operations} operations; ${counts.compared} match the mock's status and key set, ` +
      `${counts.notApplicable} not applicable (recordings/api-changes.ts), ${failures.length} differ.`,
  );
  expect(failures.length, failures.join('\n')).toBe(0);
});

async function replay(api: MockApi, world: World, operation: string, exchange: Exchange, request: Request): Promise<Answer> {
  const key = exchange.status === 401 ? 'not-a-key-of-this-mock' : undefined;
  // Preconditions the recording's earlier steps set up.
  if (operation === 'customers.unmerge') await api.post('/v1/customers/merges', { from: { customer_uuid: idOf(world, 'cus', 1) }, into: { customer_uuid: idOf(world, 'cus', 0) } });
  if (operation === 'customers.subscriptions.disconnect') await api.post(request.path.replace('disconnect_', 'connect_'), request.body);
  const send = (query: Array<[string, string]>) => {
    const search = new URLSearchParams(query).toString();
    const body = request.method === 'GET' || (request.method === 'DELETE' && isEmpty(request.body)) ? undefined : request.body;
    return api.call(request.method, `${request.path}${search === '' ? '' : `?${search}`}`, body, key);
  };
  const cursor = request.query.find(([name]) => name === 'cursor');
  if (cursor === undefined) return send(request.query);
  // A recorded cursor is the real API's; follow the mock's own from the first page instead.
  const first = await send(request.query.filter(([name]) => name !== 'cursor'));
  cursor[1] = String(first.body?.cursor);
  return send(request.query);
}

const isEmpty = (body: unknown) => body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
