/** An official method kept under a deprecated name: it warns as chartmogul-node does, then calls the new one. */
export function deprecated<Method extends (...args: never[]) => unknown>(
  name: string,
  instead: string,
  method: Method,
): Method {
  return function (this: unknown, ...args: Parameters<Method>) {
    console.warn(`[DEPRECATED] ${name} is deprecated. Use ${instead} instead.`);
    return method.apply(this, args);
  } as Method;
}
