import type { RuntimeDefaults } from '@chartmogul-kit/core/internal';

interface DenoPermissions {
  permissions?: { querySync?(descriptor: { name: 'env'; variable: string }): { state: string } };
}

/** What the client cannot run without: reading it may prompt under Deno, as for whatever a program needs. */
const REQUIRED = 'CHARTMOGUL_API_KEY';

/**
 * Reads a variable from `process.env`. Core asks only for what the options leave open. Under Deno
 * (which runs this package through npm: specifiers) `process.env` goes through Deno's permissions:
 * an optional variable (CHARTMOGUL_API_BASE, CHARTMOGUL_LOG) is read only where access is granted
 * already, so an interactive run never prompts for a setting the program may not use, and a
 * refusal (NotCapable, PermissionDenied under --no-prompt) counts as not set.
 */
function readEnv(name: string): string | undefined {
  try {
    const deno = (globalThis as { Deno?: DenoPermissions }).Deno;
    if (deno && name !== REQUIRED) {
      const state = deno.permissions?.querySync?.({ name: 'env', variable: name }).state;
      if (state !== undefined && state !== 'granted') return undefined;
    }
    return globalThis.process?.env?.[name];
  } catch {
    return undefined;
  }
}

/**
 * Where both builds of this package (Node's and the edge one) find their settings: `process.env`,
 * which Node, Bun, Deno and Vercel's Edge Runtime have; elsewhere nothing is read.
 */
export const runtimeSettings: Pick<RuntimeDefaults, 'readEnv' | 'apiKeyHint'> = {
  readEnv,
  apiKeyHint: 'Pass { apiKey } to new ChartMogul(), or set the CHARTMOGUL_API_KEY environment variable.',
};
