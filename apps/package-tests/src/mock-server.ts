import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface RunningMock {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the local ChartMogul through the `chartmogul-mock` bin that npm linked from the mock's
 * tarball, with the key from the environment (never on the command line), and reads its URL.
 */
export function startInstalledMock(projectDir: string, apiKey: string): Promise<RunningMock> {
  const child = spawn(join(projectDir, 'node_modules', '.bin', 'chartmogul-mock'), ['--port', '0'], {
    cwd: projectDir,
    env: { ...process.env, CHARTMOGUL_API_KEY: apiKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const url = stdout.split('\n').find((line) => line.startsWith('http://'));
      if (url) resolve({ url: url.trim(), close });
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      reject(
        new Error(
          `chartmogul-mock ${signal ? `was killed by ${signal}` : `exited ${code}`} before printing its URL: ${stderr}`,
        ),
      ),
    );
  });
}
