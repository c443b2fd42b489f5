// compat in real Deno against an https API, with the permissions a Deno user grants an HTTP client:
// the API's host and the key's variable, no sys access. Deno's require() takes the `node` export
// condition; node:https there asks for sys access to "ca" and env access to NODE_USE_SYSTEM_CA,
// so both ways of loading the package must send through fetch. The certificate is made for the
// test (openssl) and trusted with --cert, as a user trusts a corporate proxy's.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// The workspace's packages: the dist files that node_modules links to, which require() reads.
const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
const deno = fileURLToPath(new URL('../node_modules/.bin/deno', import.meta.url));
const API_KEY = 'compat-deno-https-key-77a0';
let dir: string;
let server: Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'compat-deno-https-'));
  execFileSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=localhost',
    // A leaf, not a CA: rustls (Deno's TLS) refuses a CA certificate as the server's own.
    '-addext',
    'basicConstraints=critical,CA:FALSE',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-days',
    '1',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
  server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (request, response) => {
      seen.push(`${request.method} ${request.url}`);
      const authorized = request.headers.authorization === `Basic ${btoa(`${API_KEY}:`)}`;
      response.writeHead(authorized ? 200 : 401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(authorized ? { data: 'pong!' } : { code: 401, message: 'No valid API key provided' }),
      );
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function runDeno(apiKey: string): Promise<{ code: number; output: string; lines: Record<string, unknown>[] }> {
  const args = [
    'run',
    '--no-prompt',
    // Compiled afresh: Deno's shared code cache can run a stale CommonJS build after a rebuild
    // (`Cannot find module './chunk-….cjs'`), as the demo found.
    '--no-code-cache',
    `--cert=${join(dir, 'cert.pem')}`,
    `--allow-net=localhost:${port}`,
    '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE',
    `--allow-read=${packagesDir}`,
    'test/deno/ping_https.ts',
    `https://localhost:${port}`,
  ];
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CHARTMOGUL_API_KEY: apiKey,
    NO_COLOR: '1',
    DENO_NO_UPDATE_CHECK: '1',
  };
  return new Promise((resolve) => {
    const child = execFile(deno, args, { cwd: packageDir, env, timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        output: stdout + stderr,
        lines: stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line)),
      }),
    );
    child.stdin?.end();
  });
}

it('pings over https, loaded through require() and through import, without sys access', async () => {
  seen.length = 0;
  const { code, output, lines } = await runDeno(API_KEY);
  expect(code, output).toBe(0);
  expect(lines, output).toEqual([
    { how: 'require', result: { data: 'pong!' } },
    { how: 'import', result: { data: 'pong!' } },
  ]);
  expect(seen).toEqual(['GET /v1/ping', 'GET /v1/ping']);
  expect(output).not.toContain('Requires');
});

it('a wrong key is the official ForbiddenError with status 401, never a permission error, both ways', async () => {
  const { code, output, lines } = await runDeno('wrong-key');
  expect(code, output).toBe(0);
  expect(lines.map((line) => line.how)).toEqual(['require', 'import']);
  // chartmogul-node raises ForbiddenError for a 401 as for a 403; httpStatus tells them apart.
  for (const line of lines)
    expect(line, output).toMatchObject({ error: expect.stringMatching(/^ForbiddenError: /), status: 401 });
});
