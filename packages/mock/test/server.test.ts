import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/server/index.js';
import { basic } from './support/mock-api.js';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the HTTP server', () => {
  it('serves the stateful API on loopback to plain fetch: create, then list', async () => {
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const headers = { authorization: basic('srv-key'), 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/v1/data_sources`, { method: 'POST', headers, body: JSON.stringify({ name: 'Over HTTP' }) });
    expect(created.status).toBe(201);
    const ds = await created.json();
    const list = await (await fetch(`${server.url}/v1/data_sources`, { headers })).json();
    expect(list.data_sources.map((d: { uuid: string }) => d.uuid)).toEqual([ds.uuid]);
    const deleted = await fetch(`${server.url}/v1/data_sources/${ds.uuid}`, { method: 'DELETE', headers });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const denied = await fetch(`${server.url}/v1/data_sources`, { headers: { authorization: basic('wrong') } });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({ code: 401, message: 'No valid API key provided', param: null });
  });

  it('names every response with its own X-Request-Id, as ChartMogul does, errors too', async () => {
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0 });
    const headers = { authorization: basic('srv-key') };
    const answers = await Promise.all([
      fetch(`${server.url}/v1/ping`, { headers }),
      fetch(`${server.url}/v1/ping`, { headers }),
      fetch(`${server.url}/v1/customers/cus_none`, { headers }),
      fetch(`${server.url}/v1/ping`, { headers: { authorization: basic('wrong') } }),
    ]);
    const ids = answers.map((answer) => answer.headers.get('x-request-id'));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 404, 401]);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(4);
    await Promise.all(answers.map((answer) => answer.arrayBuffer()));
  });

  it('sends a DELETE body through to the API (subscription events are deleted that way)', async () => {
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0 });
    const answer = await fetch(`${server.url}/v1/subscription_events`, {
      method: 'DELETE',
      headers: { authorization: basic('srv-key'), 'content-type': 'application/json' },
      body: JSON.stringify({ subscription_event: { id: 12345 } }),
    });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: 'Subscription event not found' });
  });
});

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('the chartmogul-mock command', () => {
  it('seeds the requested number of customers and prints its URL', async () => {
    expect(existsSync(cli), 'build the package first (pnpm build): the command runs from dist').toBe(true);
    const child = spawn(process.execPath, [cli, '--port', '0', '--api-key', 'cli-key', '--seed-customers', '25'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8');
        child.stdout.once('data', (line: string) => resolve(line.trim()));
        child.once('exit', (code) => reject(new Error(`chartmogul-mock exited with ${code}`)));
      });
      const page = await (await fetch(`${url}/v1/customers`, { headers: { authorization: basic('cli-key') } })).json();
      expect(page.entries).toHaveLength(25);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
