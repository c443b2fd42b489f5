// The GitHub Actions workflows: valid against the workflow schema (scripts/lint-workflows.mjs,
// also run by `pnpm test` as lint:workflows), and doing what CONTRIBUTING.md says they do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowProblems } from '../../../scripts/lint-workflows.mjs';
import { repoRoot } from '../src/workspace.js';

const read = (name: string) => readFileSync(join(repoRoot, '.github', 'workflows', name), 'utf8');
const rootScripts: Record<string, string> = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts;

describe('the workflow linter', () => {
  it('finds nothing wrong in ci.yml and release.yml', () => {
    expect(workflowProblems(read('ci.yml'))).toEqual([]);
    expect(workflowProblems(read('release.yml'))).toEqual([]);
  });

  it('reports a misspelt key and a job without runs-on, with their paths', () => {
    const broken = [
      'name: broken',
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: pnpm test',
      '        working-dir: x',
      '  other:',
      '    steps:',
      '      - run: echo',
    ].join('\n');
    const problems = workflowProblems(broken);
    expect(problems).toContain("/jobs/test/steps/0: Additional property 'working-dir' is not allowed");
    expect(problems.some((line) => line.startsWith('/jobs/other'))).toBe(true);
  });
});

describe('ci.yml', () => {
  const ci = read('ci.yml');
  it("runs the README's install and test commands on every push and pull request", () => {
    expect(ci).toMatch(/^on:\n {2}push:\n {2}pull_request:\n/m);
    expect(ci).toContain('npm install -g "pnpm@');
    expect(ci).toContain('- run: pnpm install --frozen-lockfile');
    expect(ci).toContain('- run: pnpm test');
  });

  it('has a leg for each Node.js version the packages support, with the tooling on Node 20', () => {
    expect(ci).toContain('node: [18, 20, 22, 24]');
    // Setting up the leg's Node first and Node 20 last leaves Node 20 on the PATH for the tooling,
    // and the leg's own Node reaches the tarball suite.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression syntax, not a template string.
    const legNode = ci.indexOf('node-version: ${{ matrix.node }}');
    const handOver = ci.indexOf('TARBALL_SUITE_NODE=$(command -v node)');
    const tooling = ci.indexOf('node-version: 20');
    const test = ci.indexOf('- run: pnpm test');
    expect(legNode).toBeGreaterThan(0);
    expect(handOver).toBeGreaterThan(legNode);
    expect(tooling).toBeGreaterThan(handOver);
    expect(test).toBeGreaterThan(tooling);
  });
});

describe('release.yml', () => {
  const release = read('release.yml');
  it("uses changesets' action with the repository's version and release scripts", () => {
    expect(release).toContain('uses: changesets/action@v1');
    expect(release).toContain('version: pnpm version-packages');
    expect(release).toContain('publish: pnpm release');
    expect(rootScripts['version-packages']).toContain('changeset version');
    // npm (under pre mode's dist-tag, else latest), then JSR, then the tags the action pushes.
    expect(rootScripts.release).toBe('node scripts/release.mjs');
    const script = readFileSync(join(repoRoot, 'scripts', 'release.mjs'), 'utf8');
    expect(script).toMatch(/'publish', '-r', '--tag', tag[\s\S]*'publish:jsr'[\s\S]*'changeset', 'tag'/);
  });

  it('rehearses the whole release on a local registry before the action can publish', () => {
    const rehearsal = release.indexOf('run: pnpm release:rehearse');
    expect(rehearsal).toBeGreaterThan(0);
    expect(rehearsal).toBeLessThan(release.indexOf('uses: changesets/action@v1'));
    expect(rootScripts['release:rehearse']).toBe('pnpm --filter @chartmogul-kit/package-tests rehearse');
  });

  it('publishes with provenance and OIDC, from main only', () => {
    expect(release).toContain('id-token: write');
    expect(release).toContain("NPM_CONFIG_PROVENANCE: 'true'");
    expect(release).toMatch(/push:\n\s+branches: \[main\]/);
  });
});
