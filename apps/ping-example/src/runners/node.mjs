// The ping on Node, and on Bun: the same file and the same package, as a Bun user would run it.
// The key and the base URL come from CHARTMOGUL_API_KEY / CHARTMOGUL_API_BASE in process.env.
import { ChartMogul } from '@chartmogul-kit/node';
import { pingOutcome } from './ping-outcome.mjs';

const runtime = process.versions.bun ? 'bun' : 'node';
const { ok, text } = await pingOutcome(() => new ChartMogul().ping());
console.log(`${runtime}: ${text}`);
process.exitCode = ok ? 0 : 1;
