// turbo runs tasks in strict env mode: a variable it is not told about never reaches the task.
// Behind a TLS-intercepting proxy, npm, Node, Bun and Deno need the proxy and CA variables, so
// the repository's turbo.json must pass them through to every task `pnpm test` runs. This runs
// turbo for real, with that turbo.json, on a one-package workspace whose tasks print their env.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, run } from '../src/run.js';
import { repoRoot } from '../src/workspace.js';

/** What a contributor behind a proxy may have set; each must reach every task. */
const PROXY_AND_CA = [
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'npm_config_registry',
  'npm_config_cafile',
  'npm_config_strict_ssl',
  'NPM_CONFIG_CAFILE',
];
/** The tasks of `pnpm test` (and the build and package checks they depend on). */
const TASKS = ['build', 'check:package', 'lint', 'typecheck', 'test'];

let dir: string;
let caFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chartmogul-kit-turbo-env-'));
  await cp(join(repoRoot, 'turbo.json'), join(dir, 'turbo.json'));
  // The lockfile carries the pin of pnpm itself (packageManagerDependencies): without it pnpm 12
  // would go to the registry to resolve its own version before running a script.
  await cp(join(repoRoot, 'pnpm-lock.yaml'), join(dir, 'pnpm-lock.yaml'));
  const rootManifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'turbo-env-probe', private: true, packageManager: rootManifest.packageManager }),
  );
  await writeFile(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - probe\n');
  await mkdir(join(dir, 'probe'));
  await writeFile(
    join(dir, 'probe', 'print-env.cjs'),
    "require('node:fs').writeFileSync('env-' + process.argv[2] + '.json', JSON.stringify(process.env));\n",
  );
  const scripts = Object.fromEntries(TASKS.map((task) => [task, `node print-env.cjs ${task.replace(':', '-')}`]));
  await writeFile(join(dir, 'probe', 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts }));
  // A real certificate, so that Node loads the file without a warning.
  caFile = join(dir, 'corporate-ca.pem');
  await writeFile(caFile, `${rootCertificates[0]}\n`);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the repository's turbo.json", () => {
  it('passes the proxy and CA variables through to every task, and nothing else unknown', async () => {
    // Values of the right shape, distinct from this machine's, that change nothing: a real CA
    // file, a proxy on the discard port that is never contacted (nothing here goes to the network).
    const proxy = 'http://127.0.0.1:9';
    const given: Record<string, string> = {
      NODE_EXTRA_CA_CERTS: caFile,
      SSL_CERT_FILE: caFile,
      SSL_CERT_DIR: dir,
      HTTP_PROXY: proxy,
      HTTPS_PROXY: proxy,
      NO_PROXY: 'internal.example',
      http_proxy: proxy,
      https_proxy: proxy,
      no_proxy: 'internal.example',
      npm_config_registry: `${proxy}/registry/`,
      npm_config_cafile: caFile,
      npm_config_strict_ssl: 'true',
      NPM_CONFIG_CAFILE: caFile,
    };
    expect(Object.keys(given).sort()).toEqual([...PROXY_AND_CA].sort());
    const env: NodeJS.ProcessEnv = { ...process.env, ...given, NOT_PASSED_THROUGH: 'dropped by strict mode' };
    for (const name of Object.keys(env)) if (name.startsWith('TURBO_')) delete env[name];
    const turbo = join(repoRoot, 'node_modules', '.bin', 'turbo');
    const result = await run(
      turbo,
      ['run', ...TASKS, '--cache=local:,remote:', '--output-logs=errors-only', '--env-mode=strict'],
      { cwd: dir, env, timeoutMs: 120_000 },
    );
    expect(result.code, explain(result)).toBe(0);
    for (const task of TASKS) {
      const seen = JSON.parse(await readFile(join(dir, 'probe', `env-${task.replace(':', '-')}.json`), 'utf8'));
      for (const [name, value] of Object.entries(given)) expect(seen[name], `${task}: ${name}`).toBe(value);
      expect(seen.NOT_PASSED_THROUGH, `${task}: strict mode is on`).toBeUndefined();
    }
  });
});
