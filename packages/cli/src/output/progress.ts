import type { Writable } from 'node:stream';

const TERMINAL_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 1000;

/**
 * A progress line on stderr. On a terminal it redraws one line in place; elsewhere (when forced
 * with --progress) it writes a line a second, so that logs stay readable.
 */
export class Progress {
  readonly #stream: Writable & { isTTY?: boolean };
  readonly #enabled: boolean;
  readonly #started = Date.now();
  #last = 0;
  #drawn = false;

  constructor(stream: Writable & { isTTY?: boolean }, enabled: boolean) {
    this.#stream = stream;
    this.#enabled = enabled;
  }

  /** Seconds since the start, never 0 (for rates). */
  get elapsedSeconds(): number {
    return Math.max(Date.now() - this.#started, 1) / 1000;
  }

  /** `render` is only called when a line is due. */
  update(render: () => string): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last < (this.#stream.isTTY ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS)) return;
    this.#last = now;
    this.#draw(render());
  }

  /** Replaces the progress line with a final one (or only clears it when `text` is empty). */
  done(text: string): void {
    if (!this.#enabled) return;
    if (this.#stream.isTTY && this.#drawn) this.#stream.write('\r\x1b[2K');
    if (text !== '') this.#stream.write(`${text}\n`);
  }

  #draw(text: string): void {
    this.#drawn = true;
    this.#stream.write(this.#stream.isTTY ? `\r\x1b[2K${text}` : `${text}\n`);
  }
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function rate(items: number, seconds: number): string {
  return `${count(items / seconds)}/s`;
}
