// The node:http transport proxies exactly where Node itself does: with NODE_USE_ENV_PROXY=1 (or
// --use-env-proxy) and HTTPS_PROXY, Node 22 and 24 send their own https requests through the proxy,
// Node 18 and 20 do not; the built package must agree on each version, honour NO_PROXY as Node
// does, and go direct with `proxy: false`. Each Node from apps/node-runtimes (and the workspace's),
// in its own process, trusting the test-only certificate through NODE_EXTRA_CA_CERTS.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@chartmogul-kit/mock/server';
import {
  binariesExistForThisPlatform,
  nodeBinaries,
  requireNodeBinary,
  whyMissing,
} from '@chartmogul-kit/node-runtimes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CERT_PATH, startProxy, startTlsFront, type TestProxy, type TlsFront } from './proxy-support.js';

const KEY = 'proxy-node-env-key-77a2';
const script = fileURLToPath(new URL('./fixtures/proxy-node-env.mjs', import.meta.url));
let mock: MockServer;
let front: TlsFront;
let directFront: TlsFront;
let proxy: TestProxy;

beforeAll(async () => {
  mock = await startMockServer({ apiKeys: [KEY] });
  [front, directFront] = await Promise.all([startTlsFront(mock.port), startTlsFront(mock.port)]);
});
beforeEach(async () => {
  proxy = await startProxy();
});
afterEach(() => proxy.close());
afterAll(() => Promise.all([front.close(), directFront.close(), mock.close()]));

const nodeBinary = (major: 18 | 22 | 24) =>
  binariesExistForThisPlatform ? requireNodeBinary(major) : nodeBinaries[major];
const workspaceMajor = Number(process.versions.node.split('.')[0]);
const versions: Array<[string, string, boolean]> = [[`${workspaceMajor} (the workspace's)`, process.execPath, false]];
for (const major of [18, 22, 24] as const) {
  const binary = nodeBinary(major);
  if (binary) versions.push([String(major), binary, major >= 22]);
  else console.warn(`[skip] NODE_USE_ENV_PROXY on Node ${major}: ${whyMissing(major)}`);
}

function run(node: string, env: Record<string, string>, flags: string[] = []): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      node,
      [...flags, script, String(front.port), String(directFront.port), KEY],
      { env: { PATH: process.env.PATH ?? '', NODE_EXTRA_CA_CERTS: CERT_PATH, NO_COLOR: '1', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${node} failed: ${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>);
      },
    );
  });
}

const pong = { data: 'pong!' };

describe.each(versions)('Node %s', (_name, node, nodeProxies) => {
  it(`NODE_USE_ENV_PROXY=1 HTTPS_PROXY: ${nodeProxies ? 'through the proxy, as Node' : 'direct, as Node'}`, {
    timeout: 90_000,
  }, async () => {
    const result = await run(node, { NODE_USE_ENV_PROXY: '1', HTTPS_PROXY: proxy.url });
    expect(result).toEqual({ nodeOwn: 200, ours: pong, direct: pong });
    const viaProxy = (host: string, port: number) => proxy.log.tunnels.includes(`${host}:${port}`);
    expect({ node: viaProxy('localhost', front.port), ours: viaProxy('127.0.0.1', front.port) }).toEqual({
      node: nodeProxies,
      ours: nodeProxies,
    });
    expect(viaProxy('127.0.0.1', directFront.port)).toBe(false);
  });

  it('NO_PROXY lists both hosts: direct, as Node', { timeout: 90_000 }, async () => {
    const result = await run(node, {
      NODE_USE_ENV_PROXY: '1',
      HTTPS_PROXY: proxy.url,
      NO_PROXY: 'localhost,127.0.0.1',
    });
    expect(result).toEqual({ nodeOwn: 200, ours: pong, direct: pong });
    expect(proxy.log.tunnels).toEqual([]);
  });

  it('HTTPS_PROXY without NODE_USE_ENV_PROXY: direct, as Node', { timeout: 90_000 }, async () => {
    expect(await run(node, { HTTPS_PROXY: proxy.url })).toEqual({ nodeOwn: 200, ours: pong, direct: pong });
    expect(proxy.log.tunnels).toEqual([]);
  });

  it.runIf(nodeProxies)('--use-env-proxy: through the proxy, as Node', { timeout: 90_000 }, async () => {
    expect(await run(node, { HTTPS_PROXY: proxy.url }, ['--use-env-proxy'])).toEqual({
      nodeOwn: 200,
      ours: pong,
      direct: pong,
    });
    expect(proxy.log.tunnels).toEqual([`localhost:${front.port}`, `127.0.0.1:${front.port}`]);
  });
});
