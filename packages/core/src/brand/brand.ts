/**
 * Where a class keeps its brand. `Symbol.for` gives the same symbol to every copy of this package
 * loaded in one program: an application that both `import`s and `require`s `@chartmogul-kit/node`
 * loads the ESM and the CommonJS build, two sets of classes, and a bundle can hold a third.
 */
const BRAND = Symbol.for('chartmogul-kit.brand');

type Branded = Record<typeof BRAND, string | undefined>;

/**
 * Gives a class its brand: a name unique to that class across every copy of chartmogul-kit.
 * Called from a class's `static {}` block.
 */
export function brand(cls: abstract new (...args: never[]) => unknown, name: string): void {
  (cls as unknown as Branded)[BRAND] = name;
}

/** A class's brand, its own or inherited: the name of the nearest branded class it is or extends. */
export function brandOf(cls: object): string {
  return (cls as Branded)[BRAND] as string;
}

/**
 * `value instanceof cls`, true also when `value` was made by another copy of `cls` (or of a class
 * extending it): a constructor on its prototype chain bears the brand of `cls` (a subclass's
 * constructor inherits its parent's brand, which is on the chain too, so the answer is the same).
 * A class without a brand of its own (a user's subclass) keeps the ordinary prototype check.
 */
export function isBranded(cls: object, value: unknown): boolean {
  const mark = Object.hasOwn(cls, BRAND) && (cls as Branded)[BRAND];
  if (!mark) return Function.prototype[Symbol.hasInstance].call(cls, value);
  let proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : null;
  for (; proto; proto = Object.getPrototypeOf(proto)) if (proto.constructor?.[BRAND] === mark) return true;
  return false;
}
