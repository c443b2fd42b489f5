// The packed tarballs, installed by npm into fresh projects outside the workspace, on every
// runtime a user has: Node 18, 20, 22 and 24 (ES module and CommonJS), TypeScript (node16 from
// ESM and from CommonJS, bundler), Bun, Deno, and a Worker bundled by wrangler and run in workerd.
// Each talks over HTTP to the local ChartMogul started from the mock's own tarball.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  binariesExistForThisPlatform,
  nodeBinaries,
  requireNodeBinary,
  whyMissing,
} from '@chartmogul-kit/node-runtimes';
import { EdgeRuntime } from 'edge-runtime';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstalledMock, type RunningMock } from '../src/mock-server.js';
import { type PackedPackage, packAll } from '../src/pack.js';
import { scratchFile } from '../src/language-service.js';
import { createProject, type Flavour, type Project } from '../src/projects.js';
import { explain, lastJsonLine, run, runOrThrow } from '../src/run.js';
import { Timings } from '../src/timings.js';
import { bin, publishedPackages, wranglerEntry } from '../src/workspace.js';

const API_KEY = `tarball-suite-${Math.random().toString(36).slice(2)}`;
/** What the scenario (fixtures/shared/scenario.mjs) answers on every runtime. */
const EXPECTED = { pong: 'pong!', foundInPage: true, walked: 1, wrongKey: 401 };
/** The Worker's bundle, gzipped: ChartMogul's client and nothing it does not need (no Node polyfills, no mock). */
const WORKER_GZIP_BUDGET_BYTES = 48 * 1024;

const packages = publishedPackages();
const timings = new Timings();
let root: string;
let tarballs: PackedPackage[];
let projects: Record<Flavour, Project>;
let mock: RunningMock;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'chartmogul-kit-tarballs-'));
  tarballs = await timings.time(`pnpm pack (${packages.length} packages, parallel)`, () =>
    packAll(packages, join(root, 'tarballs')),
  );
  const [esm, cjs] = await timings.time('npm install (esm and cjs projects, parallel)', () =>
    Promise.all([createProject('esm', root, tarballs), createProject('cjs', root, tarballs)]),
  );
  timings.add('  npm install, esm project', esm.installMs);
  timings.add('  npm install, cjs project', cjs.installMs);
  projects = { esm, cjs };
  mock = await startInstalledMock(esm.dir, API_KEY);
  env = {
    ...process.env,
    CHARTMOGUL_API_KEY: API_KEY,
    CHARTMOGUL_API_BASE: mock.url,
    // The legacy pair of ChartMogul's docs, which the chartmogul-node snippet on @chartmogul-kit/compat reads.
    CHARTMOGUL_ACCOUNT_TOKEN: API_KEY,
    CHARTMOGUL_SECRET_KEY: API_KEY,
    DENO_NO_UPDATE_CHECK: '1',
    NO_COLOR: '1',
  };
}, 600_000);

afterAll(async () => {
  await mock?.close();
  if (root && !process.env.KEEP_TARBALL_PROJECTS) await rm(root, { recursive: true, force: true });
  console.log(`packed-tarball suite durations:\n${timings.table()}`);
});

/** Runs one step of the matrix in a project and records how long it took. */
async function step(label: string, flavour: Flavour, command: string, args: string[]) {
  const result = await run(command, args, { cwd: projects[flavour].dir, env });
  timings.add(label, result.ms);
  return result;
}

describe('the tarballs', () => {
  it('hold the build, the LICENSE and the README, not the sources', () => {
    for (const { name } of tarballs) {
      const installed = join(projects.esm.dir, 'node_modules', name);
      expect(existsSync(join(installed, 'LICENSE')), `${name} has no LICENSE`).toBe(true);
      expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toContain('MIT License');
      expect(existsSync(join(installed, 'README.md')), `${name} has no README.md`).toBe(true);
      expect(existsSync(join(installed, 'dist')), `${name} has no dist`).toBe(true);
      for (const dir of ['src', 'test', 'node_modules'])
        expect(existsSync(join(installed, dir)), `${name} ships ${dir}/`).toBe(false);
    }
  });

  it('link each bin, a Node script, into node_modules/.bin', () => {
    for (const { name } of tarballs) {
      const manifest = JSON.parse(readFileSync(join(projects.esm.dir, 'node_modules', name, 'package.json'), 'utf8'));
      const bins =
        typeof manifest.bin === 'string' ? { [name.split('/').pop() ?? name]: manifest.bin } : (manifest.bin ?? {});
      for (const command of Object.keys(bins)) {
        const link = join(projects.esm.dir, 'node_modules', '.bin', command);
        expect(existsSync(link), `${name}: ${command} is not linked`).toBe(true);
        expect(readFileSync(link, 'utf8').split('\n')[0], `${name}: ${command}`).toBe('#!/usr/bin/env node');
      }
    }
  });

  it('depend on each other by the exact versions packed with them (workspace:* replaced)', () => {
    const versions = new Map(tarballs.map(({ name, version }) => [name, version]));
    for (const { name } of tarballs) {
      const manifest = JSON.parse(readFileSync(join(projects.esm.dir, 'node_modules', name, 'package.json'), 'utf8'));
      expect(JSON.stringify(manifest), name).not.toContain('workspace:');
      for (const [dependency, range] of Object.entries<string>(manifest.dependencies ?? {})) {
        if (versions.has(dependency)) expect(range, `${name} -> ${dependency}`).toBe(versions.get(dependency));
      }
    }
  });
});

// Node 18, 22 and 24 come from apps/node-runtimes (Linux x64 binaries). Where they cannot
// exist, their tests are skipped with the reason in the name; on Linux x64 a missing one fails.
const nodeBinary = (major: 18 | 22 | 24) =>
  binariesExistForThisPlatform ? requireNodeBinary(major) : nodeBinaries[major];
const allNodes: Array<[string, string | undefined, string | undefined]> = [
  ['18', nodeBinary(18), whyMissing(18)],
  [`${process.versions.node.split('.')[0]} (the workspace's)`, process.execPath, undefined],
  ['22', nodeBinary(22), whyMissing(22)],
  ['24', nodeBinary(24), whyMissing(24)],
];
// CI's legs run the tooling on Node 20 and hand their own Node (18, 22, 24) here, to run the packages on it too.
const extraNode = process.env.TARBALL_SUITE_NODE;
if (extraNode) {
  const version = execFileSync(extraNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
  allNodes.push([`${version.split('.')[0]} (TARBALL_SUITE_NODE, ${version})`, extraNode, undefined]);
}
const nodes = allNodes.flatMap(([version, node]): Array<[string, string]> => (node ? [[version, node]] : []));
for (const [version, node, missing] of allNodes) {
  if (node) continue;
  // The `[skip]` line reaches the summary `pnpm test` prints (scripts/test-summary.mjs).
  console.warn(`[skip] Node ${version}: ${missing}`);
  describe.skip(`Node ${version}: skipped, ${missing}`, () => it('every Node test', () => {}));
}
/** wrangler 4 needs Node >= 22.12: the Node 22 binary, else the workspace's Node if it is new enough. */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const wranglerNode = nodeBinary(22) ?? (major > 22 || (major === 22 && minor >= 12) ? process.execPath : undefined);
if (!wranglerNode) {
  console.warn(`[skip] Cloudflare Workers: wrangler needs Node >= 22.12 and ${whyMissing(22)}`);
  describe.skip(`Cloudflare Workers: skipped, wrangler needs Node >= 22.12 and ${whyMissing(22)}`, () =>
    it('bundles with wrangler and runs in workerd', () => {}));
}
const script: Record<Flavour, string> = { esm: 'ping.mjs', cjs: 'ping.cjs' };

describe.concurrent('Node', () => {
  describe.each(nodes)('Node %s', (version, node) => {
    it.each(['esm', 'cjs'] as const)('%s: pings, creates, lists, and raises AuthenticationError', async (flavour) => {
      const result = await step(`node ${version.split(' ')[0]} ${flavour} scenario`, flavour, node, [script[flavour]]);
      expect(result.code, explain(result)).toBe(0);
      expect(lastJsonLine(result)).toEqual(EXPECTED);
    });

    it('runs the chartmogul command from its tarball: ping', async () => {
      const cli = join(projects.cjs.dir, 'node_modules', '@chartmogul-kit', 'cli', 'dist', 'cli.js');
      const result = await step(`node ${version.split(' ')[0]} chartmogul ping`, 'cjs', node, [cli, 'ping']);
      expect(result.code, explain(result)).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ data: 'pong!' });
    });

    it("runs the docs' chartmogul-node snippet on @chartmogul-kit/compat: { data: 'pong!' }", async () => {
      const result = await step(`node ${version.split(' ')[0]} compat snippet`, 'cjs', node, ['compat-ping.cjs']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe("{ data: 'pong!' }\n");
    });

    it.each(['esm', 'cjs'] as const)('%s: loads every entry point of every package', async (flavour) => {
      const result = await step(`node ${version.split(' ')[0]} ${flavour} entries`, flavour, node, [
        'entries.cjs',
        flavour,
        ...tarballs.map(({ name }) => name),
      ]);
      expect(result.code, explain(result)).toBe(0);
      const loaded = lastJsonLine(result) as Record<string, string>;
      for (const { name } of tarballs)
        expect(Object.keys(loaded), `${name}: no entry loaded or skipped`).toContain(name);
      for (const [specifier, how] of Object.entries(loaded)) expect(how, specifier).toMatch(/: [1-9]\d*$|^skipped: /);
      // The SDK and the mock load for real; only a CLI's entry may be skipped.
      for (const name of [
        '@chartmogul-kit/core',
        '@chartmogul-kit/node',
        '@chartmogul-kit/compat',
        '@chartmogul-kit/mock',
        '@chartmogul-kit/mock/server',
      ]) {
        expect(loaded[name], name).toMatch(/: [1-9]\d*$/);
      }
      if (flavour === 'cjs') {
        // The dual packages load as CommonJS where CommonJS asks for them.
        for (const name of [
          '@chartmogul-kit/core',
          '@chartmogul-kit/node',
          '@chartmogul-kit/compat',
          '@chartmogul-kit/mock',
        ]) {
          expect(loaded[name], name).toMatch(/^require:/);
        }
      }
    });
  });
});

describe.concurrent('TypeScript against the installed declarations', () => {
  const tsc = bin('tsc');
  it.each([
    [
      'node16, ES module project (@chartmogul-kit/node with Node types and no DOM library)',
      'esm',
      'tsconfig.node16.json',
    ],
    [
      'node16, CommonJS project (the .d.cts declarations; mock/server, whose msw types need the DOM library)',
      'cjs',
      'tsconfig.node16.json',
    ],
    ['bundler, a Worker (@chartmogul-kit/cloudflare; DOM types, no Node types)', 'esm', 'tsconfig.bundler.json'],
  ] as const)('%s', async (label, flavour, tsconfig) => {
    const result = await step(`tsc ${label.split(',')[0]} ${flavour}`, flavour, tsc, ['-p', tsconfig]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('Go-to-definition in the installed declarations', () => {
  // An editor's jump from `cm.customers.retrieve` or `Customer` lands in core's per-module
  // declarations, files named like the sources, not in a bundled chunk with a hash in its name:
  // dist/types/ for an ES module, dist/types-cjs/ (the same files, read as CommonJS) for `require`.
  it.each([
    ['node16', 'esm', 'types'],
    ['bundler', 'esm', 'types'],
    ['node16', 'cjs', 'types-cjs'],
  ] as const)('lands in readable, stably named files (%s, %s project)', (resolution, flavour, folder) => {
    const text =
      "import { ChartMogul, type Customer } from '@chartmogul-kit/node';\nconst cm = new ChartMogul();\nvoid cm.customers.retrieve;\nlet customer: Customer | undefined;\nvoid customer;\n";
    const dir = projects[flavour].dir;
    const scratch = scratchFile(dir, text, resolution, flavour);
    const landing = (marker: string) =>
      (scratch.service.getDefinitionAtPosition(scratch.fileName, scratch.after(marker) - 1) ?? []).map((d) =>
        d.fileName.slice(dir.length),
      );
    expect(landing('cm.customers.retrieve')).toEqual([
      `/node_modules/@chartmogul-kit/core/dist/${folder}/client/client-methods.d.ts`,
    ]);
    expect(landing('let customer: Customer')).toEqual([
      `/node_modules/@chartmogul-kit/core/dist/${folder}/types/customers.d.ts`,
    ]);
  });
});

describe.concurrent('Bun', () => {
  it.each(['esm', 'cjs'] as const)('%s: pings, creates, lists, and raises AuthenticationError', async (flavour) => {
    const result = await step(`bun ${flavour} scenario`, flavour, bin('bun'), [script[flavour]]);
    expect(result.code, explain(result)).toBe(0);
    expect(lastJsonLine(result)).toEqual(EXPECTED);
  });
});

describe('Bun, @chartmogul-kit/compat', () => {
  it("runs the docs' chartmogul-node snippet: { data: 'pong!' } (in Bun's console style)", async () => {
    const result = await step('bun compat snippet', 'cjs', bin('bun'), ['compat-ping.cjs']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.replace(/\s+/g, '')).toBe('{data:"pong!",}');
  });
});

describe('Deno', () => {
  it('type-checks and runs @chartmogul-kit/deno from node_modules, with net access to the mock only', async () => {
    const result = await step('deno run --check', 'esm', bin('deno'), [
      'run',
      '--check',
      `--allow-net=${new URL(mock.url).host}`,
      '--allow-env=CHARTMOGUL_API_KEY,CHARTMOGUL_API_BASE',
      'deno-ping.ts',
    ]);
    expect(result.code, explain(result)).toBe(0);
    expect(lastJsonLine(result)).toEqual(EXPECTED);
  });
});

describe.skipIf(!wranglerNode)('Cloudflare Workers', () => {
  it('bundles with wrangler (on Node 22), stays small and Node-free, and runs in workerd', async () => {
    const outdir = join(root, 'worker-bundle');
    const bundled = await runOrThrow(
      wranglerNode as string,
      [wranglerEntry, 'deploy', '--dry-run', '--outdir', outdir],
      {
        cwd: join(projects.esm.dir, 'worker'),
        env: { ...env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
      },
    );
    timings.add('wrangler deploy --dry-run (Node 22)', bundled.ms);
    const bundle = await readFile(join(outdir, 'worker.js'), 'utf8');
    expect(bundle).not.toMatch(/from\s*["']node:|require\(\s*["']node:/);
    expect(bundle).not.toContain('msw');
    const gzipped = gzipSync(bundle).length;
    timings.add(
      `  worker bundle: ${(bundle.length / 1024).toFixed(1)} KiB, gzip ${(gzipped / 1024).toFixed(1)} KiB`,
      0,
    );
    expect(gzipped).toBeLessThan(WORKER_GZIP_BUDGET_BYTES);

    const started = performance.now();
    const miniflare = new Miniflare({
      modules: true,
      modulesRoot: outdir,
      scriptPath: join(outdir, 'worker.js'),
      compatibilityDate: '2025-07-18',
      bindings: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: mock.url },
    });
    try {
      const response = await miniflare.dispatchFetch('http://tarball-suite.local/');
      expect(await response.json()).toEqual(EXPECTED);
    } finally {
      await miniflare.dispose();
      timings.add('workerd (miniflare 3) start + scenario', performance.now() - started);
    }
  });
});

describe('Vercel Edge Runtime', () => {
  it('bundles @chartmogul-kit/node for edge-light (its fetch-only build) and runs in edge-runtime', async () => {
    const started = performance.now();
    const result = await build({
      entryPoints: [join(projects.esm.dir, 'vercel-edge', 'route.mjs')],
      absWorkingDir: projects.esm.dir,
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'neutral',
      conditions: ['edge-light', 'worker', 'browser'],
      mainFields: ['browser', 'module', 'main'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('node_modules/@chartmogul-kit/node/dist/edge.js');
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from\s*["']node:|require\(\s*["']node:|import\(\s*["']node:/);
    const edge = new EdgeRuntime({
      initialCode: code,
      // Vercel's Edge Runtime gives process.env; the emulator leaves it to its host.
      extend: (context) =>
        Object.assign(context, { process: { env: { CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: mock.url } } }),
    });
    const response = await edge.dispatchFetch('http://tarball-suite.local/api/chartmogul');
    expect(await response.json()).toEqual(EXPECTED);
    timings.add('esbuild (edge-light) + edge-runtime scenario', performance.now() - started);
  });
});
