// The Deno-based platforms' examples (Netlify Edge Functions, Supabase Edge Functions, Deno
// Deploy), each type-checked by Deno and served by `Deno.serve` in real Deno, with the key in the
// environment and permissions no wider than the local ChartMogul and the two variables.
import { realpathSync } from 'node:fs';
import { afterAll, afterEach, expect, it } from 'vitest';
import { API_KEY, useLocalChartMogul } from './support/chartmogul.js';
import { type DenoServer, deno, runDeno, serveDeno } from './support/deno.js';
import { descendants, isRunning } from './support/processes.js';

const local = useLocalChartMogul();
let server: DenoServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});
// Every `deno` this file started is gone when it ends: none serving on after the suite.
afterAll(() => {
  expect(descendants().filter(({ command }) => command.startsWith('deno'))).toEqual([]);
});

const EXAMPLES = [
  ['Netlify Edge Functions', 'test/harness/netlify.ts'],
  ['Supabase Edge Functions', 'examples/supabase/supabase/functions/chartmogul/index.ts'],
  ['Deno Deploy', 'examples/deno-deploy/main.ts'],
] as const;

it('type-checks every Deno example with deno check', async () => {
  const { code, output } = await runDeno(['check', ...EXAMPLES.map(([, file]) => file)]);
  expect(code, output).toBe(0);
});

it.each(EXAMPLES)('%s: pings and lists customers on Deno', async (_, file) => {
  server = await serveDeno(file, ['--allow-net=127.0.0.1', '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE'], {
    CHARTMOGUL_API_KEY: API_KEY,
    CHARTMOGUL_API_BASE: local.url,
  });
  const response = await fetch(`${server.url}/chartmogul`);
  expect(response.status, server.output()).toBe(200);
  expect(await response.json()).toEqual(local.expected);
  expect(server.output()).not.toContain(API_KEY);
  // The process stopped is Deno itself, not a wrapper that would leave the real server running.
  const { pid } = server;
  if (process.platform === 'linux') expect(realpathSync(`/proc/${pid}/exe`)).toBe(realpathSync(deno));
  await server.stop();
  server = undefined;
  expect(isRunning(pid)).toBe(false);
});
