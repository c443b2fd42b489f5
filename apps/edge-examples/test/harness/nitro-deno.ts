// The Nitro scenario on Deno: prints its outcome as one JSON line. Usage: deno run ... nitro-deno.ts <base URL> <key>
import { runNitroScenario } from './nitro-scenario.ts';

const [baseURL = '', apiKey = ''] = Deno.args;
console.log(JSON.stringify(await runNitroScenario(baseURL, apiKey)));
