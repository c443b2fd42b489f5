// `pnpm chartmogul <command>` and `pnpm chartmogul-mock [options]`: the CLI and the local
// ChartMogul run from this checkout, before any release puts them on npm. Builds what the command
// needs first (turbo: a no-op when nothing changed), showing turbo's output only when the build
// fails, so that the command's own output, a table or JSON to pipe, is all that is printed.
// Relative paths (`--from customers.jsonl`) are the caller's: pnpm runs scripts from the root,
// and says where it was started in INIT_CWD.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMMANDS = {
  cli: { filter: '@chartmogul-kit/cli...', bin: 'packages/cli/dist/cli.js' },
  mock: { filter: '@chartmogul-kit/mock...', bin: 'packages/mock/dist/cli.js' },
};

const [which, ...args] = process.argv.slice(2);
const command = COMMANDS[which];
if (!command) {
  console.error(`usage: node scripts/run-from-checkout.mjs ${Object.keys(COMMANDS).join('|')} [arguments]`);
  process.exit(2);
}

const turbo = fileURLToPath(new URL('../node_modules/.bin/turbo', import.meta.url));
const build = spawnSync(turbo, ['run', 'build', `--filter=${command.filter}`, '--output-logs=errors-only'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
});
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}${build.error ? `${build.error.message}\n` : ''}`);
  console.error(`The build of ${command.filter} failed (above); nothing was run.`);
  process.exit(build.status ?? 1);
}

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by pnpm for the script, not an input of any turbo task.
const started = process.env.INIT_CWD;
const child = spawn(process.execPath, [`${root}${command.bin}`, ...args], {
  cwd: started ?? process.cwd(),
  stdio: 'inherit',
});
// A stop asked of this process (Ctrl-C, a test's SIGTERM) is the command's: pass it on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 1);
});
