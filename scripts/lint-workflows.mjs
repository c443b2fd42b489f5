// Validates every GitHub Actions workflow in .github/workflows (or the files given) against the
// workflow schema, with action-validator (@action-validator/core, from npm: a WebAssembly build,
// so it needs no binary download). Prints one line per problem; exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The schema errors of one workflow's YAML, flattened to "path: message" lines. */
export function workflowProblems(yaml) {
  const lines = [];
  const walk = (errors) => {
    for (const error of errors ?? []) {
      if (error.states) {
        // A "one of" failure: the job or step matched none of its forms (e.g. a job that runs
        // steps, or one that calls a reusable workflow); the closest form's errors say why.
        const closest = [...error.states].sort((a, b) => (a.errors?.length ?? 0) - (b.errors?.length ?? 0))[0];
        walk(closest?.errors);
      } else {
        lines.push(`${error.path || '/'}: ${error.detail ?? error.title}`);
      }
    }
  };
  walk(validateWorkflow(yaml).errors);
  return [...new Set(lines)];
}

function main(files) {
  const dir = join(root, '.github', 'workflows');
  const paths =
    files.length > 0
      ? files
      : readdirSync(dir)
          .filter((name) => /\.ya?ml$/.test(name))
          .map((name) => join(dir, name));
  let failed = 0;
  for (const path of paths) {
    const problems = workflowProblems(readFileSync(path, 'utf8'));
    if (problems.length === 0) continue;
    failed++;
    for (const problem of problems) console.error(`${relative(process.cwd(), path)}: ${problem}`);
  }
  console.log(`${paths.length - failed} of ${paths.length} workflows valid`);
  if (failed > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
