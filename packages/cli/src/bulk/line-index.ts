/**
 * The line of each record handed to the bulk import, by its position (the `index` of a failed
 * record), in memory proportional to the gaps, not to the input: consecutive lines are one run.
 * A million-line file with a few bad lines holds a few numbers; a failed-records file read back
 * (lines 3, 17, 250, ...) holds one run per record, as many as that file has lines.
 */
export class LineIndex {
  /** Position of the first record of each run, ascending. */
  readonly #starts: number[] = [];
  /** Line of the first record of each run. */
  readonly #lines: number[] = [];
  #count = 0;
  #lastLine = Number.NaN;

  /** The next record's line. */
  push(line: number): void {
    if (line !== this.#lastLine + 1) {
      this.#starts.push(this.#count);
      this.#lines.push(line);
    }
    this.#lastLine = line;
    this.#count += 1;
  }

  /** The line of the record at `position`, or undefined for a position never pushed. */
  lineOf(position: number): number | undefined {
    if (!Number.isSafeInteger(position) || position < 0 || position >= this.#count) return undefined;
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    return (this.#lines[low] as number) + position - (this.#starts[low] as number);
  }
}
