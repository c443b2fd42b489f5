/**
 * A Node built-in module's CommonJS object, loaded when first needed. `process.getBuiltinModule`
 * (Node 20.16+, 22.3+) is preferred to `import()`: on Node 22 and 24 the ESM namespace of
 * node:http reads every export, `WebSocket` and `MessageEvent` included, and those getters load
 * undici, megabytes a process sending with node:http never needs. Older versions fall back to
 * `import()`, where node:http has no such getters.
 */
export function loadBuiltin<T>(name: 'node:http' | 'node:https' | 'node:net' | 'node:tls'): Promise<T> {
  const get = (globalThis.process as { getBuiltinModule?: (id: string) => unknown } | undefined)?.getBuiltinModule;
  const module = get?.(name);
  if (module) return Promise.resolve(module as T);
  return (import(name) as Promise<{ default: T }>).then((namespace) => namespace.default);
}
