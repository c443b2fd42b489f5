import type { JsonObject } from '../http/body.js';
import { fieldErrors } from '../http/errors.js';
import { parseTimestamp } from '../time/dates.js';

/** Reading request fields the way the API does: absent, null and wrong-typed are told apart. */

export const has = (body: JsonObject, key: string): boolean => Object.hasOwn(body, key) && body[key] !== undefined;

/** A non-empty string, or undefined. */
export function stringField(body: JsonObject, key: string): string | undefined {
  const value = body[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** For optional text fields: the string, `null` when sent as null, `undefined` when absent. */
export function nullableString(body: JsonObject, key: string): string | null | undefined {
  if (!has(body, key)) return undefined;
  const value = body[key];
  if (value === null) return null;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

export function integerField(body: JsonObject, key: string): number | undefined {
  const value = body[key];
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
}

export function timestampField(body: JsonObject, key: string): number | undefined {
  return parseTimestamp(body[key]);
}

export function objectField(body: JsonObject, key: string): JsonObject | undefined {
  const value = body[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function arrayField(body: JsonObject, key: string): unknown[] | undefined {
  const value = body[key];
  return Array.isArray(value) ? value : undefined;
}

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export interface FieldProblems {
  add(field: string, message: string): void;
  readonly empty: boolean;
}

/** Collects `{ field: message }` problems and throws them as one Import API 422. */
export class Problems implements FieldProblems {
  readonly errors: Record<string, string> = {};

  add(field: string, message: string): this {
    this.errors[field] ??= message;
    return this;
  }

  /** Problems of a nested object, filed as `line_items.plan_uuid` the way the API names them. */
  scoped(prefix: string): FieldProblems {
    let count = 0;
    return {
      add: (field, message) => {
        count++;
        this.add(`${prefix}.${field}`, message);
      },
      get empty() {
        return count === 0;
      },
    };
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw fieldErrors(this.errors);
  }
}
