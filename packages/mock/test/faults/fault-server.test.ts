import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { createHandlers, FaultController, withFaults } from '../../src/index.js';
import { type MockServer, startMockServer } from '../../src/server/index.js';

const KEY = 'mock-fault-key';
const auth = { authorization: `Basic ${btoa(`${KEY}:`)}` };
const faults = new FaultController({ now: () => 0 });
let server: MockServer;
const applied: string[] = [];

beforeAll(async () => {
  // A write endpoint beside the mock's own handlers, to see whether a fault let the write through.
  const write = http.post('*/v1/records', async ({ request }) => {
    applied.push(await request.text());
    return HttpResponse.json({ uuid: 'rec_1', note: 'x'.repeat(200) }, { status: 201 });
  });
  server = await startMockServer({ apiKeys: [KEY], handlers: withFaults([write, ...createHandlers({ apiKeys: [KEY] })], faults) });
});
afterAll(() => server.close());
beforeEach(() => {
  faults.clear();
  applied.length = 0;
});

const ping = (headers: Record<string, string> = {}) => fetch(`${server.url}/v1/ping`, { headers: { ...auth, ...headers } });

describe('the fault layer over real HTTP', () => {
  it('answers normally when no fault is chosen', async () => {
    const response = await ping();
    expect(await response.json()).toEqual({ data: 'pong!' });
  });

  it('answers a status fault with ChartMogul\'s JSON error and Retry-After in seconds or as a date', async () => {
    faults.next('429;retry-after=2', '503;retry-after-date=5');
    const first = await ping();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(await first.json()).toMatchObject({ code: 429, message: 'Too many requests' });
    const second = await ping();
    expect(second.status).toBe(503);
    expect(Date.parse(second.headers.get('retry-after') ?? '')).toBe(5000); // the controller's clock is at 0
    expect((await ping()).status).toBe(200);
  });

  it('sends a Retry-After as given, readable or not', async () => {
    faults.next('503;retry-after-text=soon', '503;retry-after-text=');
    expect((await ping()).headers.get('retry-after')).toBe('soon');
    const empty = await ping();
    expect(empty.status).toBe(503);
    expect(empty.headers.get('retry-after')).toBe('');
  });

  it('answers the normal status with the body it is given, and a 502 page of `<` without `>`', async () => {
    faults.next('body=null', 'body=', 'html-flood=1000');
    const nullBody = await ping();
    expect([nullBody.status, await nullBody.text()]).toEqual([200, 'null']);
    expect(await (await ping()).text()).toBe('');
    const flood = await ping();
    expect(flood.status).toBe(502);
    expect(await flood.text()).toBe(`<!DOCTYPE html>${'<'.repeat(1000)}`);
  });

  it('drops the connection before the response', async () => {
    const error = await ping({ 'x-mock-fault': 'reset-before-response' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((await ping()).status).toBe(200);
  });

  it('drops the connection during the body, after the status and half the bytes', async () => {
    faults.next('reset-during-body');
    const response = await ping();
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('sends half a JSON document', async () => {
    const response = await ping({ 'x-mock-fault': 'malformed-json' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('answers a gateway HTML page', async () => {
    const response = await ping({ 'x-mock-fault': 'html=504' });
    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<title>504 Gateway timeout<\/title>/);
  });

  it('delays the answer past a client timeout, or trickles the body past it', async () => {
    const late = ping({ 'x-mock-fault': 'latency=1000' });
    await expect(Promise.race([late, new Promise((resolve) => setTimeout(resolve, 50, 'still waiting'))])).resolves.toBe('still waiting');
    expect(await (await late).json()).toEqual({ data: 'pong!' });
    // The headers come at once, the body over 5 s: a 1.5 s timeout leaves a loaded machine room for
    // the headers and still fires long before the body is complete.
    const slow = await fetch(`${server.url}/v1/ping`, {
      headers: { ...auth, 'x-mock-fault': 'slow-body=5000' },
      signal: AbortSignal.timeout(1500),
    });
    expect(slow.status).toBe(200);
    await expect(slow.text()).rejects.toThrow(/abort|timeout/i);
  });

  it('applies a write and then fails when told ";applied", and not otherwise', async () => {
    const post = (fault: string) =>
      fetch(`${server.url}/v1/records`, { method: 'POST', headers: { ...auth, 'x-mock-fault': fault }, body: '{"n":1}' });
    expect((await post('500')).status).toBe(500);
    expect(applied).toEqual([]);
    expect((await post('500;applied')).status).toBe(500);
    expect(applied).toEqual(['{"n":1}']);
    await expect(post('reset-before-response;applied')).rejects.toThrow(TypeError);
    expect(applied).toHaveLength(2);
  });

  it('is steered over HTTP through /__mock/faults', async () => {
    const queue = await fetch(`${server.url}/__mock/faults`, { method: 'POST', body: JSON.stringify({ next: ['502', '504'] }) });
    expect(await queue.json()).toMatchObject({ queued: 2 });
    expect((await ping()).status).toBe(502);
    expect((await ping()).status).toBe(504);
    expect((await ping()).status).toBe(200);
    const stats = await (await fetch(`${server.url}/__mock/faults`)).json();
    expect(stats).toMatchObject({ queued: 0, injected: { '502': 1, '504': 1 } });
    const bad = await fetch(`${server.url}/__mock/faults`, { method: 'POST', body: JSON.stringify({ next: ['nonsense'] }) });
    expect(bad.status).toBe(400);
  });

  it('pads the answer to a huge body of valid JSON, streamed', async () => {
    const response = await ping({ 'x-mock-fault': 'huge-body=3000000' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(3_000_000);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual({ data: 'pong!' });
  });

  it('sends a gzip bomb to a client that accepts gzip: kilobytes on the wire, megabytes decoded', async () => {
    const { request } = await import('node:http');
    const wire = await new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
      const url = new URL(`${server.url}/v1/ping`);
      const req = request(url, { headers: { ...auth, 'accept-encoding': 'gzip', 'x-mock-fault': 'gzip-bomb=8000000' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(wire.encoding).toBe('gzip');
    expect(wire.bytes).toBeLessThan(100_000);
    // fetch accepts gzip and decodes it: the whole 8 MB arrives.
    const decoded = await (await ping({ 'x-mock-fault': 'gzip-bomb=8000000' })).arrayBuffer();
    expect(decoded.byteLength).toBe(8_000_000);
  });

  it('answers 400 to an unknown fault in the header', async () => {
    const response = await ping({ 'x-mock-fault': 'teapot' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringMatching(/Unknown mock fault "teapot"/) });
  });
});

describe('createHandlers({ faults })', () => {
  it('wraps the handlers in the fault layer, and leaves them alone without it', async () => {
    const request = () => new Request('http://127.0.0.1/v1/ping', { headers: { ...auth, 'x-mock-fault': '504' } });
    expect((await getResponse(createHandlers({ apiKeys: [KEY], faults: {} }), request()))?.status).toBe(504);
    expect((await getResponse(createHandlers({ apiKeys: [KEY] }), request()))?.status).toBe(200);
  });
});

describe("ChartMogul's documented limits", () => {
  const request = () => new Request('http://127.0.0.1/v1/ping', { headers: auth });

  it('answers the 41st request within a second with 429, Retry-After and the reason', async () => {
    const handlers = createHandlers({ apiKeys: [KEY], faults: { limits: true, now: () => 5_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await getResponse(handlers, request()))?.status ?? 0);
    expect(new Set(statuses)).toEqual(new Set([200]));
    const limited = await getResponse(handlers, request());
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get('retry-after')).toBe('1');
    expect(await limited?.json()).toMatchObject({ message: 'Too many requests: over 40 requests per second for this account' });
  });

  it('answers the 21st parallel request with 503 and Retry-After, and serves again once one ends', async () => {
    let open!: () => void;
    let allArrived!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const arrived = new Promise<void>((resolve) => (allArrived = resolve));
    let arrivals = 0;
    const held = http.get('*/v1/held', async () => {
      if (++arrivals === 20) allArrived();
      await gate;
      return HttpResponse.json({ ok: true });
    });
    const handlers = withFaults([held, ...createHandlers({ apiKeys: [KEY] })], { limits: true, now: () => 0 });
    const heldRequest = () => new Request('http://127.0.0.1/v1/held', { headers: auth });
    const parallel = Array.from({ length: 20 }, () => getResponse(handlers, heldRequest()));
    await arrived; // all 20 admitted and held
    const refused = await getResponse(handlers, request());
    expect(refused?.status).toBe(503);
    expect(refused?.headers.get('retry-after')).toBe('1');
    expect(await refused?.json()).toMatchObject({ message: 'Too many parallel connections: over 20 for this account' });
    open();
    expect((await Promise.all(parallel)).map((r) => r?.status)).toEqual(Array(20).fill(200));
    expect((await getResponse(handlers, request()))?.status).toBe(200);
  });
});
