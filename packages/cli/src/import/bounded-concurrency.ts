/**
 * At most `limit` tasks in flight. The import waits for `whenFree()` before it reads on and
 * starts a task, so its reader never races ahead of the API (memory holds `limit` records) and
 * it can still decide, once a slot is free, not to start one (after Ctrl-C).
 *
 * Why the import keeps its own limit beside the client's scheduler (which paces every request,
 * 40 a second, and holds them all after a 429): the import must know which records it has
 * handed to the client. A call queued inside the client cannot be taken back without aborting
 * it, and aborting a call cannot tell queued from in flight; so records wait here, where Ctrl-C
 * or a closed output can still keep them unsent, and the limit stays within the client's own
 * (`--concurrency` is at most 20), so that a record handed over waits at most for the pacing.
 */
export class BoundedConcurrency {
  readonly #limit: number;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(limit: number) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`The concurrency limit must be a whole number of at least 1, not ${limit}.`);
    this.#limit = limit;
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Resolves when a task may start. */
  async whenFree(): Promise<void> {
    while (this.#inFlight.size >= this.#limit) await Promise.race(this.#inFlight);
  }

  /** Starts `task` now; call after `whenFree()`. `task` must not reject: it handles its own errors. */
  start(task: () => Promise<void>): void {
    const running: Promise<void> = task().finally(() => this.#inFlight.delete(running));
    this.#inFlight.add(running);
  }

  /** Resolves when every started task has finished. */
  async settled(): Promise<void> {
    await Promise.all(this.#inFlight);
  }
}
