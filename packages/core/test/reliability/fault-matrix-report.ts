// Turns a runner's observation of one cell into a report, and the matrix's expected outcome into
// the report it must equal: one `expect(report).toEqual(expected)` per cell, on every runtime.
import { callOf, type Observation } from './fault-matrix-calls.js';
import type { Method, Outcome } from './fault-matrix.js';

export interface CellReport {
  readonly attempts: number;
  /** `result`, or the error's class name. */
  readonly outcome: string;
  /** The answer's fields that the call defines (CALLS[method].expected). */
  readonly result?: Record<string, unknown>;
  readonly status?: number;
  readonly requestSent?: boolean;
  /** The error is a ChartMogulError of the runtime's package, not a bare TypeError. */
  readonly typed?: boolean;
  /** The API key, or its Basic form, shows in the error's message or stack. */
  readonly keyShown?: boolean;
  /** A POST or PATCH reached the API more than once: the one thing a retry must never do (see Outcome.duplicateWrite). */
  readonly duplicateWrite: boolean;
}

export function expectedReport(outcome: Outcome, method: Method, observation: Observation): CellReport {
  const base = { attempts: outcome.attempts, duplicateWrite: outcome.duplicateWrite ?? false };
  if ('result' in outcome) return { ...base, outcome: 'result', result: callOf(observation, method).expected(observation.fixture) };
  return {
    ...base,
    outcome: outcome.error,
    ...(outcome.status !== undefined ? { status: outcome.status } : {}),
    ...(outcome.requestSent !== undefined ? { requestSent: outcome.requestSent } : {}),
    typed: true,
    keyShown: false,
  };
}

/** The observation in the shape of `expected` (only the fields the matrix speaks about). */
export function reportOf(
  observation: Observation,
  method: Method,
  context: { expected: CellReport; applied: number; apiKey: string },
): CellReport {
  const duplicateWrite = (method === 'POST' || method === 'PATCH') && context.applied > 1;
  const base = { attempts: observation.attempts, duplicateWrite };
  const { error } = observation;
  if (!error) return { ...base, outcome: 'result', result: pick(observation.value, Object.keys(context.expected.result ?? {})) };
  const shown = `${error.message}\n${error.stack}`;
  return {
    ...base,
    outcome: error.name,
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...('requestSent' in context.expected && error.requestSent !== undefined ? { requestSent: error.requestSent } : {}),
    typed: error.typed,
    keyShown: [context.apiKey, btoa(`${context.apiKey}:`)].some((form) => shown.includes(form)),
  };
}

/** `result after 2 attempt(s)` or `ConnectionError after 3 attempt(s)`: a cell's test name. */
export function outcomeLabel(outcome: Outcome): string {
  return `${'result' in outcome ? 'result' : outcome.error} after ${outcome.attempts} attempt(s)`;
}

function pick(value: unknown, keys: string[]): Record<string, unknown> {
  const record = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]));
}
