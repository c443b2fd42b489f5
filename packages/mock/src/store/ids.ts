/**
 * Deterministic id generation. Every account draws its uuids from its own small PRNG seeded
 * from the API key, so a seeded data set is identical run after run (the demo and the
 * benchmarks can rely on it) while two keys never share ids.
 */

/** A 128-bit string hash (cyrb128-style mixing), split into four 32-bit PRNG seeds. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32: a fast, well-distributed 32-bit PRNG with a 128-bit state. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number) {
    [this.a, this.b, this.c, this.d] = hash128(String(seed));
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = 45;
const UNDERSCORE = 95;
const ascii = new TextDecoder();
const buffer = new Uint8Array(64);

/**
 * Writes 128 bits as a version-4 uuid, optionally after a prefix and `_`. The string is
 * decoded from bytes in one piece rather than concatenated: a seeded account holds a million
 * ids, and concatenated strings stay ropes of many small objects.
 */
function formatUuid(words: readonly number[], prefix = ''): string {
  let at = 0;
  for (let i = 0; i < prefix.length; i++) buffer[at++] = prefix.charCodeAt(i);
  if (prefix !== '') buffer[at++] = UNDERSCORE;
  for (let digit = 0; digit < 32; digit++) {
    if (digit === 8 || digit === 12 || digit === 16 || digit === 20) buffer[at++] = DASH;
    let nibble = ((words[digit >> 3] as number) >>> (28 - 4 * (digit & 7))) & 0xf;
    if (digit === 12) nibble = 4;
    if (digit === 16) nibble = (nibble & 0x3) | 0x8;
    buffer[at++] = HEX[nibble] as number;
  }
  return ascii.decode(buffer.subarray(0, at));
}

/** Formats 128 random bits as a version-4 uuid. */
export function uuidFrom(prng: Prng, prefix = ''): string {
  return formatUuid([prng.uint32(), prng.uint32(), prng.uint32(), prng.uint32()], prefix);
}

/** A uuid derived from a text: the same text always gives the same uuid (for derived records). */
export function uuidFromText(text: string): string {
  return formatUuid(hash128(text));
}

/** The id prefixes ChartMogul uses (`cus_...`); tasks, opportunities and exports use bare uuids. */
export type IdPrefix = 'acc' | 'ds' | 'cus' | 'pl' | 'plg' | 'inv' | 'li' | 'tr' | 'sub' | 'con' | 'note';

export class IdSource {
  private prng: Prng;

  constructor(seed: string) {
    this.prng = new Prng(`ids:${seed}`);
  }

  /** Restarts the sequence: a seeded data set draws its ids from its own seed. */
  reseed(seed: string): void {
    this.prng = new Prng(`ids:${seed}`);
  }

  uuid(): string {
    return uuidFrom(this.prng);
  }

  prefixed(prefix: IdPrefix): string {
    return uuidFrom(this.prng, prefix);
  }
}
