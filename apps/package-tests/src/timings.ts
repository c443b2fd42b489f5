/** Durations of the suite's steps, printed as one table when it ends (figures for the report, never asserted). */
export class Timings {
  readonly #rows: Array<[string, number]> = [];

  add(step: string, ms: number): void {
    this.#rows.push([step, ms]);
  }

  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(step, performance.now() - started);
    }
  }

  table(): string {
    const width = Math.max(...this.#rows.map(([step]) => step.length));
    return this.#rows.map(([step, ms]) => `${step.padEnd(width)}  ${(ms / 1000).toFixed(1).padStart(6)} s`).join('\n');
  }
}
