// The built package's classes keep their real names where a user reads them: the header of an
// uncaught error's stack (what Node prints when a script dies) and util.inspect. A bundler that
// renames a class (`_AuthenticationError`) leaves `e.name` right and both of those wrong.
// Real child processes, since an uncaught error ends the process that throws it.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@chartmogul-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const API_KEY = 'class-names-key-5c1d';
let server: Awaited<ReturnType<typeof startMockServer>>;

beforeAll(async () => {
  server = await startMockServer({ apiKeys: [API_KEY] });
});
afterAll(() => server.close());

/** The errors a user meets first, each made the way a user meets it. */
const SCENARIOS = {
  AuthenticationError: (base: string) =>
    `await new ChartMogul({ apiKey: 'wrong-key', baseURL: '${base}', maxRetries: 0 }).ping();`,
  ConnectionError: () => `await new ChartMogul({ apiKey: 'k', baseURL: 'http://127.0.0.1:1', maxRetries: 0 }).ping();`,
  ConfigurationError: () => `new ChartMogul({ apiKey: '' });`,
  InvalidParameterError: (base: string) =>
    `await new ChartMogul({ apiKey: 'k', baseURL: '${base}' }).customers.retrieve('');`,
} satisfies Record<string, (base: string) => string>;

function runNode(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: packageDir, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr, stdout }),
    );
  });
}

describe.each([
  ['ESM', (body: string) => `import { ChartMogul } from './dist/index.js';\n${body}`, ['--input-type=module']],
  [
    'CommonJS',
    (body: string) => `const { ChartMogul } = require('./dist/index.cjs');\n(async () => { ${body} })();`,
    ['--input-type=commonjs'],
  ],
] as const)('the %s build', (_, wrap, flags) => {
  it.each(Object.entries(SCENARIOS))('an uncaught %s prints its own name in the stack header', async (name, make) => {
    const { code, stderr } = await runNode([...flags, '-e', wrap(make(server.url))]);
    expect(code, stderr).not.toBe(0);
    expect(stderr).toMatch(new RegExp(`^${name}: `, 'm'));
    expect(stderr).not.toMatch(new RegExp(`_${name}\\b`));
  });

  it.each(Object.keys(SCENARIOS))('util.inspect of a %s starts with its name', async (name) => {
    const make = SCENARIOS[name as keyof typeof SCENARIOS];
    const body = `const { inspect } = await import('node:util');
try { ${make(server.url)} } catch (error) { console.log(JSON.stringify([error.name, inspect(error).split('\\n')[0]])); }`;
    const { code, stdout, stderr } = await runNode([...flags, '-e', wrap(body)]);
    expect(code, stderr).toBe(0);
    const [errorName, firstLine] = JSON.parse(stdout) as [string, string];
    expect(errorName).toBe(name);
    expect(firstLine.startsWith(`${name}: `), firstLine).toBe(true);
  });

  it('util.inspect of the client names ChartMogul', async () => {
    const body = `const { inspect } = await import('node:util');
console.log(inspect(new ChartMogul({ apiKey: 'k' }), { depth: 0 }).split(' ')[0]);`;
    const { code, stdout, stderr } = await runNode([...flags, '-e', wrap(body)]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe('ChartMogul');
  });
});
