// Child processes of the bench: the mock server, and the workers that measure one thing each.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const benchDir = fileURLToPath(new URL('../..', import.meta.url));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Starts the mock in its own process; resolves once it listens. */
export function startMock(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [here('./mock-server.mjs'), JSON.stringify(options)], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the mock exited early (${code})`)));
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const url = out.split('\n').find((line) => line.startsWith('http'));
      if (url) resolve(mockHandle(child, url.trim()));
    });
  });
}

function mockHandle(child, url) {
  const control = async (body) => {
    const response = await fetch(`${url}/__mock/faults`, body ? { method: 'POST', body: JSON.stringify(body) } : {});
    return response.json();
  };
  return {
    url,
    /** The fault layer's counters: requests seen, and what was injected (`limit:429;retry-after=1`, ...). */
    stats: () => control(),
    clear: () => control({ clear: true }),
    /** With `meter: true`: the account's load from every client (most in flight, most per second), and clearing it. */
    load: async () => (await fetch(`${url}/__mock/load?window=1000`)).json(),
    clearLoad: () => fetch(`${url}/__mock/load`, { method: 'POST' }).then((response) => response.json()),
    close: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Runs `command args` and resolves with its wall time (spawn to exit) and the JSON object of its
 * last stdout line. Rejects on a non-zero exit, with its stderr.
 */
export function runJson(command, args, { env, cwd = benchDir } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}:\n${stderr}`));
      const last = stdout.trim().split('\n').at(-1) ?? '{}';
      resolve({ wallMs, result: JSON.parse(last) });
    });
  });
}

/** Runs one of src/workers/*.mjs with node and resolves with its JSON result. */
export async function runWorker(name, args = [], nodeFlags = []) {
  const { result } = await runJson(process.execPath, [...nodeFlags, here(`../workers/${name}.mjs`), ...args.map(String)]);
  return result;
}
