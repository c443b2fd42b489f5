/**
 * A batch's `external_id`: its position and a hash of its source and content. Batches are rebuilt
 * the same way from the same input and options, so a run after a crash gives each batch the id it
 * had, and finds it in the journal (or at ChartMogul) instead of sending it again.
 */
export class BatchIdHasher {
  // Two FNV-1a hashes with different offsets: 64 bits, so unrelated batches do not collide.
  #a = 0x811c9dc5;
  #b = 0x01000193 ^ 0x5bd1e995;

  update(text: string): this {
    let a = this.#a;
    let b = this.#b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    this.#a = a;
    this.#b = b;
    // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
    this.#a = Math.imul(this.#a ^ 0x1f, 0x01000193);
    this.#b = Math.imul(this.#b ^ 0x1f, 0x01000193);
    return this;
  }

  /** `bulk-000042-<16 hex digits>`: the batch's number first, so people can read the order. */
  id(batch: number): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return `bulk-${String(batch).padStart(6, '0')}-${hex(this.#a)}${hex(this.#b)}`;
  }
}
