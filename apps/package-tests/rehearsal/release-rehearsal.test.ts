// `pnpm release:rehearse`: the release made for real, against a throwaway Verdaccio on loopback,
// from a clone of the repository (the checkout is never changed): a changeset, `pnpm
// version-packages`, `pnpm release`; then, in new projects outside the repository, the packages
// installed from that registry the ways users install them, and run against the local
// ChartMogul. Then a pre-release in changesets' pre mode, under the `next` dist-tag.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRegistry, startLocalRegistry } from '../src/local-registry.js';
import { type RunningMock, startInstalledMock } from '../src/mock-server.js';
import { installedProblems, installFromRegistry, newProject } from '../src/registry-installs.js';
import { cloneForRelease, enterPreMode, releaseFromClone, tagsIn } from '../src/release-clone.js';
import { runOrThrow } from '../src/run.js';
import { bin, publishedPackages, repoRoot } from '../src/workspace.js';

const KEY = 'rehearsal-api-key';
const STABLE_WORDS = `Release rehearsal ${Date.now()}: the stable release's changelog entry.`;
const NEXT_WORDS = `Release rehearsal ${Date.now()}: the pre-release's changelog entry.`;
const published = publishedPackages().map(({ manifest }) => manifest.name);
const PONG = '{"data":"pong!"}';

const ESM_PING = `import { ChartMogul } from '@chartmogul-kit/node';\nconst cm = new ChartMogul();\nconsole.log(JSON.stringify(await cm.ping()));\n`;
const CJS_PING = `const { ChartMogul } = require('@chartmogul-kit/node');\nnew ChartMogul().ping().then((pong) => console.log(JSON.stringify(pong)));\n`;
// ChartMogul's own snippet for the official library, with only the package name changed.
const COMPAT_PING = `const ChartMogul = require('@chartmogul-kit/compat');\nconst config = new ChartMogul.Config(process.env.CHARTMOGUL_API_KEY);\nChartMogul.Ping.ping(config).then((res) => console.log(JSON.stringify(res)));\n`;

let work: string;
let registry: LocalRegistry | undefined;
let clone: string;
let stable: string;
let mock: RunningMock | undefined;

const runEnv = () => ({ ...registry?.env, CHARTMOGUL_API_KEY: KEY, CHARTMOGUL_API_BASE: mock?.url });
const lastLine = (text: string) => text.trim().split('\n').at(-1);
/** `npm view <name> dist-tags` against the local registry. */
const distTags = async (name: string): Promise<Record<string, string>> => {
  const args = ['view', name, 'dist-tags', '--json', '--registry', registry?.url ?? ''];
  return JSON.parse((await runOrThrow('npm', args, { cwd: work, env: registry?.env })).stdout);
};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'chartmogul-kit-rehearsal-'));
  await mkdir(join(work, 'registry'));
  registry = await startLocalRegistry(join(work, 'registry'));
  clone = join(work, 'repo');
  await cloneForRelease(clone, registry);
  stable = await releaseFromClone(clone, registry, { name: 'rehearsal-stable', bump: 'patch', summary: STABLE_WORDS });
});

afterAll(async () => {
  await mock?.close();
  await registry?.close();
  if (work && !process.env.KEEP_REHEARSAL) await rm(work, { recursive: true, force: true });
});

describe('a stable release', () => {
  it("writes the changeset's words into every published package's CHANGELOG.md", async () => {
    for (const { dir } of publishedPackages()) {
      const changelog = await readFile(join(clone, dir.slice(repoRoot.length), 'CHANGELOG.md'), 'utf8');
      expect(changelog, dir).toContain(`## ${stable}`);
      expect(changelog, dir).toContain(STABLE_WORDS);
    }
  });

  it('tags every version in the clone, and none in the checkout', async () => {
    const tags = await tagsIn(clone);
    for (const name of published) expect(tags, name).toContain(`${name}@${stable}`);
    expect(await tagsIn(repoRoot)).not.toContain(`@chartmogul-kit/node@${stable}`);
  });

  it('puts `latest` on the new version of every published package', async () => {
    for (const name of published) expect((await distTags(name)).latest, name).toBe(stable);
  });

  it('npm install @chartmogul-kit/cli @chartmogul-kit/mock: the mock starts and `chartmogul ping` pongs', async () => {
    const dir = await newProject(join(work, 'cli-project'), registry as LocalRegistry, 'commonjs');
    await installFromRegistry(dir, registry as LocalRegistry, 'npm', ['@chartmogul-kit/cli', '@chartmogul-kit/mock']);
    expect(
      await installedProblems(
        dir,
        ['@chartmogul-kit/cli', '@chartmogul-kit/mock', '@chartmogul-kit/core', '@chartmogul-kit/node'],
        stable,
      ),
    ).toEqual([]);
    mock = await startInstalledMock(dir, KEY);
    const ping = await runOrThrow('npx', ['--no-install', 'chartmogul', 'ping', '--format', 'json'], {
      cwd: dir,
      env: runEnv(),
    });
    expect(ping.stdout).toContain('pong!');
  });

  it('npm install @chartmogul-kit/node: an ES module and a CommonJS program ping the local mock', async () => {
    for (const type of ['module', 'commonjs'] as const) {
      const dir = await newProject(join(work, `npm-${type}`), registry as LocalRegistry, type);
      await installFromRegistry(dir, registry as LocalRegistry, 'npm', ['@chartmogul-kit/node']);
      expect(await installedProblems(dir, ['@chartmogul-kit/node', '@chartmogul-kit/core'], stable)).toEqual([]);
      await writeFile(join(dir, 'ping.js'), type === 'module' ? ESM_PING : CJS_PING);
      const result = await runOrThrow('node', ['ping.js'], { cwd: dir, env: runEnv() });
      expect(lastLine(result.stdout), type).toBe(PONG);
    }
  });

  it('pnpm add @chartmogul-kit/node, then ping', async () => {
    const dir = await newProject(join(work, 'pnpm-project'), registry as LocalRegistry, 'module');
    await installFromRegistry(dir, registry as LocalRegistry, 'pnpm', ['@chartmogul-kit/node']);
    expect(await installedProblems(dir, ['@chartmogul-kit/node'], stable)).toEqual([]);
    await writeFile(join(dir, 'ping.js'), ESM_PING);
    expect(lastLine((await runOrThrow('node', ['ping.js'], { cwd: dir, env: runEnv() })).stdout)).toBe(PONG);
  });

  it('bun add @chartmogul-kit/node, then ping on Bun', async () => {
    const dir = await newProject(join(work, 'bun-project'), registry as LocalRegistry, 'module');
    await installFromRegistry(dir, registry as LocalRegistry, 'bun', ['@chartmogul-kit/node'], bin('bun'));
    expect(await installedProblems(dir, ['@chartmogul-kit/node', '@chartmogul-kit/core'], stable)).toEqual([]);
    await writeFile(join(dir, 'ping.js'), ESM_PING);
    expect(lastLine((await runOrThrow(bin('bun'), ['ping.js'], { cwd: dir, env: runEnv() })).stdout)).toBe(PONG);
  });

  it('Deno: npm:@chartmogul-kit/deno through the local registry (NPM_CONFIG_REGISTRY)', async () => {
    const dir = join(work, 'deno-project');
    await mkdir(dir);
    const program = `import { ChartMogul } from 'npm:@chartmogul-kit/deno@${stable}';\nconsole.log(JSON.stringify(await new ChartMogul().ping()));\n`;
    await writeFile(join(dir, 'ping.ts'), program);
    const env = { ...runEnv(), DENO_DIR: join(work, 'deno-dir'), NPM_CONFIG_REGISTRY: registry?.url };
    // Deno installs no npm version younger than 24 hours unless told: users of a release made a
    // minute ago pass the same flag (CONTRIBUTING.md's release section says so).
    const args = [
      'run',
      '--no-prompt',
      '--minimum-dependency-age=0',
      '--allow-net=127.0.0.1',
      '--allow-env',
      'ping.ts',
    ];
    const result = await runOrThrow(bin('deno'), args, { cwd: dir, env });
    expect(lastLine(result.stdout)).toBe(PONG);
  });

  it("@chartmogul-kit/compat with require: the official library's snippet, renamed", async () => {
    const dir = await newProject(join(work, 'compat-project'), registry as LocalRegistry, 'commonjs');
    await installFromRegistry(dir, registry as LocalRegistry, 'npm', ['@chartmogul-kit/compat']);
    expect(
      await installedProblems(dir, ['@chartmogul-kit/compat', '@chartmogul-kit/node', '@chartmogul-kit/deno'], stable),
    ).toEqual([]);
    await writeFile(join(dir, 'ping.js'), COMPAT_PING);
    expect(lastLine((await runOrThrow('node', ['ping.js'], { cwd: dir, env: runEnv() })).stdout)).toBe(PONG);
  });
});

describe('a pre-release in pre mode, under the `next` dist-tag', () => {
  let next: string;
  beforeAll(async () => {
    await enterPreMode(clone, 'next');
    next = await releaseFromClone(clone, registry as LocalRegistry, {
      name: 'rehearsal-next',
      bump: 'minor',
      summary: NEXT_WORDS,
    });
  });

  it('is a pre-release version, tagged `next`, while `latest` stays on the stable one', async () => {
    expect(next).toMatch(/^\d+\.\d+\.\d+-next\.\d+$/);
    for (const name of published) {
      const tags = await distTags(name);
      expect(tags, name).toMatchObject({ latest: stable, next });
    }
  });

  it('npm install gets the stable version; @next gets the pre-release', async () => {
    const plain = await newProject(join(work, 'after-next-plain'), registry as LocalRegistry, 'module');
    await installFromRegistry(plain, registry as LocalRegistry, 'npm', ['@chartmogul-kit/node']);
    expect(await installedProblems(plain, ['@chartmogul-kit/node', '@chartmogul-kit/core'], stable)).toEqual([]);
    const early = await newProject(join(work, 'after-next-early'), registry as LocalRegistry, 'module');
    await installFromRegistry(early, registry as LocalRegistry, 'npm', ['@chartmogul-kit/node@next']);
    expect(await installedProblems(early, ['@chartmogul-kit/node', '@chartmogul-kit/core'], next)).toEqual([]);
    await writeFile(join(early, 'ping.js'), ESM_PING);
    expect(lastLine((await runOrThrow('node', ['ping.js'], { cwd: early, env: runEnv() })).stdout)).toBe(PONG);
  });
});
