import { randomBytes } from 'node:crypto';

/** A fresh key per test run, so a leak can only be this run's key, never a hard-coded one. */
export function randomKey(label: string): string {
  return `${label}_${randomBytes(12).toString('hex')}`;
}

/** The ways a key could leak into output: the key itself and the Basic credentials made from it. */
export function leakFormsOf(key: string): string[] {
  return [key, Buffer.from(`${key}:`).toString('base64')];
}
