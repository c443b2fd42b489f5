import { brand, brandOf, isBranded } from '../brand/brand.js';

/** The base of every error this SDK throws: `catch (e) { if (e instanceof ChartMogulError) ... }`. */
export class ChartMogulError extends Error {
  static {
    brand(this, 'ChartMogulError');
  }

  /**
   * `instanceof` holds across copies of this package: an error thrown by the CommonJS build is
   * an instance of the ESM build's class too (see brand.ts). Every subclass has its own brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(this, value);
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Each class's brand is its name (`NotFoundError`): set here once, not in every subclass.
    this.name = brandOf(new.target);
  }
}
