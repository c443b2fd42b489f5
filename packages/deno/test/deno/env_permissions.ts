/// <reference lib="deno.ns" />
// Run by `deno run` (test/env-permissions.test.ts) with only some env permissions. Records every
// Deno.env.get the client makes (an unpermitted one is what prompts in a terminal), builds a client
// from the environment, pings, and prints one JSON line.
// Usage: deno run ... env_permissions.ts [<base URL given as an option>]
import { ChartMogul } from '../../dist/index.js';

const reads: string[] = [];
const get = Deno.env.get.bind(Deno.env);
Deno.env.get = (name: string) => {
  reads.push(name);
  return get(name);
};

const [baseURL] = Deno.args;
const cm = new ChartMogul(baseURL ? { baseURL } : {});
const ping = await cm.ping();
console.log(JSON.stringify({ reads, ping, settings: cm.toJSON() }));
