/**
 * At most `limit` tasks in flight; `run` waits for a free slot before it starts a task, so a
 * reader feeding it never races ahead of the API (and memory holds `limit` records).
 *
 * Stop-gap: issue 7's client-wide request scheduler should own this limit (shared by every
 * call of a client, aware of 429s). When it lands, the import should submit to it instead.
 */
export class BoundedConcurrency {
  readonly #limit: number;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`The concurrency limit must be a whole number of at least 1, not ${limit}.`);
    this.#limit = limit;
  }

  /** Starts `task` once a slot is free. `task` must not reject: it handles its own errors. */
  async run(task: () => Promise<void>): Promise<void> {
    while (this.#inFlight.size >= this.#limit) await Promise.race(this.#inFlight);
    const running: Promise<void> = task().finally(() => this.#inFlight.delete(running));
    this.#inFlight.add(running);
  }

  /** Resolves when every started task has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.#inFlight);
  }
}
