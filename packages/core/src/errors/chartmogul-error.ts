/** The base of every error this SDK throws: `catch (e) { if (e instanceof ChartMogulError) ... }`. */
export class ChartMogulError extends Error {
  override name = 'ChartMogulError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
