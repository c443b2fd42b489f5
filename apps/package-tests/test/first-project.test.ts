// README.md's "A project of your own", followed word for word by a newcomer: `npm init -y` in a
// folder outside the repository, the README's setup commands, its tsconfig.json and its example,
// then `npx tsc` and `node index.js` against the local ChartMogul, as an ES module project and as
// the CommonJS project `npm init -y` makes. The only change: `npm install @chartmogul-kit/node`
// installs the packed tarballs, since the packages are not on npm before the first release.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startInstalledMock } from '../src/mock-server.js';
import { type PackedPackage, packAll } from '../src/pack.js';
import { commandsOf, readmeBlock } from '../src/readme-blocks.js';
import { run, runOrThrow } from '../src/run.js';
import { publishedPackages, repoRoot } from '../src/workspace.js';

const API_KEY = `first-project-${Math.random().toString(36).slice(2)}`;
/** What the README's example needs, and the local ChartMogul to run it against. */
const NEEDED = ['@chartmogul-kit/core', '@chartmogul-kit/node', '@chartmogul-kit/mock'];
const INSTALL_KIT = 'npm install @chartmogul-kit/node';

let root: string;
let tarballs: PackedPackage[];
let mock: RunningMock | undefined;
// Third-party packages (typescript, @types/node, msw) through npm's cache when it has them.
const npmEnv = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'chartmogul-kit-first-project-'));
  tarballs = await packAll(
    publishedPackages().filter(({ manifest }) => NEEDED.includes(manifest.name)),
    join(root, 'tarballs'),
  );
}, 600_000);

afterAll(async () => {
  await mock?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Runs the README's setup commands in `dir`, the kit's install replaced by the tarballs. */
async function setUp(dir: string, commands: string[][]): Promise<void> {
  for (const [command, ...args] of commands) {
    if (command === undefined) continue;
    const line = [command, ...args].join(' ');
    const actual = line === INSTALL_KIT ? ['install', ...tarballs.map(({ tarball }) => tarball)] : args;
    await runOrThrow(command, actual, { cwd: dir, env: npmEnv, timeoutMs: 300_000 });
  }
}

describe("README's a project of your own", () => {
  const setup = commandsOf(readmeBlock('first-project', 'esm setup'));

  it('says to install the kit with the one npm line, and ESM with npm pkg set type=module', () => {
    expect(setup.map((words) => words.join(' '))).toContain(INSTALL_KIT);
    expect(setup.map((words) => words.join(' '))).toContain('npm pkg set type=module');
    expect(readmeBlock('first-project', 'example')).toContain("from '@chartmogul-kit/node'");
  });

  it.each([
    ['ESM', 'esm', setup, readmeBlock('first-project', 'example')],
    [
      'CommonJS',
      'cjs',
      setup.filter((words) => words.join(' ') !== 'npm pkg set type=module'),
      readmeBlock('first-project', 'cjs'),
    ],
  ])('%s: npm init -y, the setup, tsc and node index.js ping and list', async (_, flavour, commands, example) => {
    const dir = join(root, flavour);
    await runOrThrow('mkdir', ['-p', dir], { cwd: root });
    await runOrThrow('npm', ['init', '-y'], { cwd: dir, env: npmEnv });
    await setUp(dir, commands);
    await writeFile(join(dir, 'tsconfig.json'), readmeBlock('first-project', 'tsconfig'));
    await writeFile(join(dir, 'index.ts'), example);
    mock ??= await startInstalledMock(dir, API_KEY);
    const env = { ...process.env, CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: mock.url };
    const outputs: string[] = [];
    for (const [command, ...args] of commandsOf(readmeBlock('first-project', 'run'))) {
      outputs.push((await runOrThrow(command as string, args, { cwd: dir, env })).stdout);
    }
    // tsc prints nothing when it compiles; node prints the pong and the (empty) list of e-mails.
    expect(outputs[0]).toBe('');
    expect(outputs.at(-1)?.replace(/\s+/g, ' ').trim()).toBe("{ data: 'pong!' } []");
  });

  it('CommonJS: the top-level await example fails to compile with TS1309, as the README warns', async () => {
    const dir = join(root, 'cjs');
    await writeFile(join(dir, 'top-level.ts'), readmeBlock('first-project', 'example'));
    const result = await run('npx', ['tsc', '--noEmit'], { cwd: dir });
    await rm(join(dir, 'top-level.ts'));
    expect(result.code, result.stdout).not.toBe(0);
    // The README quotes tsc's words, so that a user searching for them finds the fix.
    const quoted = /`(TS1309: [^`]+)`/.exec(readFileSync(join(repoRoot, 'README.md'), 'utf8'))?.[1];
    expect(quoted, 'README.md quotes the TS1309 message').toBeDefined();
    expect(result.stdout).toContain((quoted as string).replace('TS1309: ', 'error TS1309: '));
  });

  it("CommonJS in plain JavaScript: the README's require line in place of the import runs too", async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const requireLine = /`(const \{ ChartMogul \} = require\('@chartmogul-kit\/node'\);)`/.exec(readme)?.[1];
    expect(requireLine, 'README.md shows the require line').toBeDefined();
    const typescript = readmeBlock('first-project', 'cjs');
    // The TypeScript example less its one type annotation, with the README's require line.
    const javascript = typescript
      .replace("import { ChartMogul } from '@chartmogul-kit/node';", requireLine as string)
      .replace('(): Promise<void>', '()');
    expect(javascript).not.toBe(typescript);
    const dir = join(root, 'cjs');
    await writeFile(join(dir, 'plain.js'), javascript);
    const env = { ...process.env, CHARTMOGUL_API_KEY: API_KEY, CHARTMOGUL_API_BASE: mock?.url };
    const { stdout } = await runOrThrow('node', ['plain.js'], { cwd: dir, env });
    expect(stdout.replace(/\s+/g, ' ').trim()).toBe("{ data: 'pong!' } []");
  });
});
