// The command line honours HTTPS_PROXY/HTTP_PROXY/NO_PROXY always (not only under
// NODE_USE_ENV_PROXY), like curl and npm, and --proxy. A CONNECT proxy on loopback in front of
// the mock served over https (the test-only certificate, trusted through NODE_EXTRA_CA_CERTS).
import type { MockServer } from '@chartmogul-kit/mock/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CERT_PATH, startProxy, startTlsFront, type TestProxy, type TlsFront } from '../../node/test/proxy-support.js';
import { runCli } from './support/run-cli.js';
import { API_KEY, startTestApi } from './support/test-api.js';

let api: MockServer;
let front: TlsFront;
let proxy: TestProxy;

beforeAll(async () => {
  api = await startTestApi();
  front = await startTlsFront(api.port);
});
beforeEach(async () => {
  proxy = await startProxy({ requireCredentials: 'cli:pw' });
});
afterEach(() => proxy.close());
afterAll(() => Promise.all([front.close(), api.close()]));

const withCredentials = (url: string) => url.replace('http://', 'http://cli:pw@');
const ping = (env: Record<string, string>, args: string[] = []) =>
  runCli(['ping', '--base-url', front.url, ...args], { env: { CHARTMOGUL_API_KEY: API_KEY, NODE_EXTRA_CA_CERTS: CERT_PATH, ...env } });

describe('chartmogul and proxies', () => {
  it('HTTPS_PROXY (and https_proxy): through the proxy, without NODE_USE_ENV_PROXY', async () => {
    for (const name of ['HTTPS_PROXY', 'https_proxy']) {
      const run = await ping({ [name]: withCredentials(proxy.url) });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ data: 'pong!' });
    }
    expect(proxy.log.tunnels).toEqual([`127.0.0.1:${front.port}`, `127.0.0.1:${front.port}`]);
    expect(Buffer.concat(proxy.log.relayed).includes(API_KEY)).toBe(false);
  });

  it('NO_PROXY lists the host: direct', async () => {
    const run = await ping({ HTTPS_PROXY: withCredentials(proxy.url), NO_PROXY: 'localhost,127.0.0.1' });
    expect(run.code, run.stderr).toBe(0);
    expect(proxy.log.tunnels).toEqual([]);
  });

  it('--proxy: through that proxy; --proxy "": direct', async () => {
    const through = await ping({}, ['--proxy', withCredentials(proxy.url)]);
    expect(through.code, through.stderr).toBe(0);
    expect(proxy.log.tunnels).toHaveLength(1);
    const direct = await ping({ HTTPS_PROXY: withCredentials(proxy.url) }, ['--proxy', '']);
    expect(direct.code, direct.stderr).toBe(0);
    expect(proxy.log.tunnels).toHaveLength(1);
  });

  it('a proxy refusing the credentials: exit 1, the proxy named, the password not printed', async () => {
    const run = await ping({ HTTPS_PROXY: proxy.url.replace('http://', 'http://cli:not-the-pw@') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`proxy ${proxy.url} refused the tunnel`);
    expect(run.stderr).toContain('407');
    expect(run.stderr).not.toContain('not-the-pw');
  });

  it('a bad --proxy: exit 2 before anything is sent, the value not quoted', async () => {
    const run = await ping({}, ['--proxy', 'socks5://cli:hidden-pw@127.0.0.1:1080']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only http:// and https:// proxies');
    expect(run.stderr).not.toContain('hidden-pw');
    expect(proxy.log.tunnels).toEqual([]);
  });
});
