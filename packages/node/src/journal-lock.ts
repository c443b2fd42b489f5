import { open, readFile, rm } from 'node:fs/promises';
import { ConfigurationError } from '@chartmogul-kit/core';

/**
 * Takes `<journal>.lock` (created exclusively, holding this process's id) so that two imports never
 * share a journal: each would send the batches the other has not written down yet. A lock whose
 * process is gone (a kill -9) is taken over. Resolves with the function that releases it.
 */
export async function lockJournal(path: string): Promise<() => Promise<void>> {
  const lockPath = `${path}.lock`;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = (await readFile(lockPath, 'utf8').catch(() => '')).trim();
    const holder = Number(text);
    // Empty: another process is writing its id this instant (or died doing so: then deleting it is the way out).
    if (text === '' || !Number.isSafeInteger(holder) || holder <= 0 || isAlive(holder)) {
      const who = text === '' ? 'another process' : `process ${text}`;
      throw new ConfigurationError(
        `The journal ${path} is in use by ${who}: two imports with one journal could send a batch twice. Wait for it to end, or delete ${lockPath} if no import is running.`,
      );
    }
    await rm(lockPath, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
