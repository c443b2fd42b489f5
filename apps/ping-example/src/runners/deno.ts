// The ping on Deno. The key and the base URL come from CHARTMOGUL_API_KEY / CHARTMOGUL_API_BASE
// through Deno.env; run with --allow-env for exactly those two and --allow-net for the API's host.
import { ChartMogul } from '@chartmogul-kit/deno';
import { pingOutcome } from './ping-outcome.mjs';

const { ok, text } = await pingOutcome(() => new ChartMogul().ping());
console.log(`deno: ${text}`);
Deno.exitCode = ok ? 0 : 1;
