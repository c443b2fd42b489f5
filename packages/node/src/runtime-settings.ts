import type { RuntimeDefaults } from '@chartmogul-kit/core/internal';

/**
 * Where both builds of this package (Node's and the edge one) find their settings: `process.env`,
 * which Node, Bun and Vercel's Edge Runtime have; elsewhere nothing is read.
 */
export const runtimeSettings: Pick<RuntimeDefaults, 'readEnv' | 'apiKeyHint'> = {
  readEnv: (name) => globalThis.process?.env?.[name],
  apiKeyHint: 'Pass { apiKey } to new ChartMogul(), or set the CHARTMOGUL_API_KEY environment variable.',
};
