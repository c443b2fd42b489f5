import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/index.js';
import { TEST_BASE_URL, testClient } from '../support/capture.js';
import packageJson from '../../package.json' with { type: 'json' };

let seenUserAgent: string | null = null;
const server = setupServer(
  http.get(`${TEST_BASE_URL}/v1/ping`, ({ request }) => {
    seenUserAgent = request.headers.get('user-agent');
    return HttpResponse.json({ data: 'pong!' }, { status: 200, headers: { 'x-request-id': 'req_ping_1', 'x-extra': 'yes' } });
  }),
  http.get(`${TEST_BASE_URL}/v1/customers`, ({ request }) => {
    const cursor = new URL(request.url).searchParams.get('cursor');
    return HttpResponse.json(
      cursor ? { entries: [{ uuid: 'cus_2' }], has_more: false, cursor: null } : { entries: [{ uuid: 'cus_1' }], has_more: true, cursor: 'c2' },
      { headers: { 'x-request-id': cursor ? 'req_page_2' : 'req_page_1' } },
    );
  }),
  http.get(`${TEST_BASE_URL}/v1/customers/:uuid`, () => HttpResponse.json({ code: 404, message: 'not found' }, { status: 404 })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('withResponse()', () => {
  it('gives the data with the status, headers and request id', async () => {
    const { data, response } = await testClient().ping().withResponse();
    expect(data).toEqual({ data: 'pong!' });
    expect(response.status).toBe(200);
    expect(response.requestId).toBe('req_ping_1');
    expect(response.headers.get('x-extra')).toBe('yes');
  });

  it('sends the request once whether the data, the response or both are read', async () => {
    let sent = 0;
    server.events.on('request:start', () => sent++);
    const call = testClient().ping();
    const [data, both] = await Promise.all([call, call.withResponse()]);
    server.events.removeAllListeners();
    expect(both.data).toBe(data);
    expect(sent).toBe(1);
  });

  it('works on a list: the first page with its response; awaiting and iterating still work', async () => {
    const list = testClient().customers.list();
    const { data: page, response } = await list.withResponse();
    expect(response.requestId).toBe('req_page_1');
    expect(page.entries).toEqual([{ uuid: 'cus_1' }]);
    expect(await page.nextPage()).toMatchObject({ entries: [{ uuid: 'cus_2' }] });
    expect(await list).toBe(page);
    const uuids: string[] = [];
    for await (const customer of list) uuids.push(customer.uuid);
    expect(uuids).toEqual(['cus_1', 'cus_2']);
  });

  it('rejects with the typed error, and the data promise it came from is not an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    await expect(testClient({ maxRetries: 0 }).customers.retrieve('cus_x').withResponse()).rejects.toBeInstanceOf(NotFoundError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  it('is there for refused arguments too, rejecting with the InvalidParameterError', async () => {
    await expect(testClient().customers.retrieve('', {}).withResponse()).rejects.toMatchObject({ parameter: 'uuid' });
    await expect(testClient().customers.list({ timeout: 1 } as never).withResponse()).rejects.toMatchObject({ parameter: 'options' });
  });
});

describe('User-Agent', () => {
  it('names the SDK version from package.json and the runtime', async () => {
    await testClient().ping();
    expect(seenUserAgent).toMatch(new RegExp(`^chartmogul-kit/${packageJson.version.replaceAll('.', '\\.')}( \\S+)?$`));
  });

  it("gives way to the caller's own, per client or per call", async () => {
    await testClient({ defaultHeaders: { 'User-Agent': 'my-app/1.0' } }).ping();
    expect(seenUserAgent).toBe('my-app/1.0');
    await testClient().ping({ headers: { 'user-agent': 'my-job/2.0' } });
    expect(seenUserAgent).toBe('my-job/2.0');
  });
});
