// Run by test/deno-https.test.ts in real Deno, with the permissions a user grants an HTTP client
// (the API's host, the key's variable): the package loaded both ways Deno code loads it, require()
// (which takes the `node` export condition) and import (the `deno` one), each pinging over https.
import { createRequire } from 'node:module';

declare const Deno: { env: { get(name: string): string | undefined }; args: string[] };
type Compat = typeof import('../../src/index.js');

const require = createRequire(import.meta.url);
const loaders: [string, () => Promise<Compat>][] = [
  ['require', async () => require('@chartmogul-kit/compat') as Compat],
  ['import', async () => (await import('@chartmogul-kit/compat')) as unknown as Compat],
];
for (const [how, load] of loaders) {
  const ChartMogul = await load();
  const config = new ChartMogul.Config(Deno.env.get('CHARTMOGUL_API_KEY') ?? '', Deno.args[0]);
  config.retries = 0;
  try {
    console.log(JSON.stringify({ how, result: await ChartMogul.Ping.ping(config) }));
  } catch (error) {
    console.log(JSON.stringify({ how, error: String(error), status: (error as { httpStatus?: number }).httpStatus }));
  }
}
