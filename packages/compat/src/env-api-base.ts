/**
 * `CHARTMOGUL_API_BASE` where the runtime has an environment (Node and Bun's `process.env`, Deno's
 * `Deno.env`, workerd's `process.env` under `nodejs_compat`), as every chartmogul-kit client reads
 * it: the way to point unchanged chartmogul-node code at a local ChartMogul. Read when a `Config`
 * is made, never at import; a runtime that refuses (Deno without `--allow-env`) counts as unset.
 */
export function envApiBase(): string | undefined {
  const global = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  try {
    const value = global.Deno?.env
      ? global.Deno.env.get('CHARTMOGUL_API_BASE')
      : global.process?.env?.CHARTMOGUL_API_BASE;
    return value === undefined || value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}
