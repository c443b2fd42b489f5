// Starts several Node processes of one script, waits until every one has printed "ready" (its
// client built, its store connected), then tells them all to go at once; resolves with the JSON
// each printed last. A process that fails rejects with its stderr.
import { spawn } from 'node:child_process';
import { benchDir } from '../lib/processes.mjs';

export async function runTogether(script, argsList) {
  const children = argsList.map((args) => start(script, args));
  await Promise.all(children.map((child) => child.ready));
  const started = performance.now();
  for (const child of children) child.go();
  const results = await Promise.all(children.map((child) => child.done));
  return { seconds: (performance.now() - started) / 1000, results };
}

function start(script, args) {
  const child = spawn(process.execPath, [script, ...args.map(String)], { cwd: benchDir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let onReady;
  const ready = new Promise((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
    if (stdout.includes('ready\n')) onReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      onReady();
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
    });
  });
  return { ready, done, go: () => child.stdin.end('go\n') };
}
