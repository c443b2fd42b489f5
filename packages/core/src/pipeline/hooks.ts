import type { Log } from '../logging/logger.js';
import type { HttpMethod } from '../operations/operation.js';

/** What every hook is told about an attempt. Nothing in it is secret: the headers are redacted, the query left out. */
export interface HookEvent {
  /** The operation's id (`customers.retrieve`), or the route of `request()`. */
  readonly operation: string;
  readonly method: HttpMethod;
  /** The URL without its query (a query may hold customers' e-mail addresses). */
  readonly url: string;
  /** The request's headers, `Authorization` redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** Unique per call in this process: the attempts of one call share it. */
  readonly callId: number;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
}

export interface ResponseHookEvent extends HookEvent {
  readonly status: number;
  /** How long the attempt took, in ms. */
  readonly durationMs: number;
}

export interface FailureHookEvent extends HookEvent {
  /** The typed error (`APIError`, `TimeoutError`, `ConnectionError`, ...). */
  readonly error: unknown;
  /** The HTTP status, when a response came. */
  readonly status: number | undefined;
  /** How long the attempt took, in ms. */
  readonly durationMs: number;
}

export interface RetryHookEvent extends FailureHookEvent {
  /** How long the client waits before the next attempt, in ms. */
  readonly delayMs: number;
}

/**
 * Callbacks for tracing and metrics. Each `onRequest` (an attempt starts) is followed by one of
 * `onResponse` (it succeeded), `onRetry` (it failed; another attempt follows) or `onError` (the
 * call failed; also when the caller aborts during the wait for a retry). A hook that throws, or
 * returns a promise that rejects, never breaks the request: what it throws is logged as a warning.
 */
export interface Hooks {
  onRequest?(event: HookEvent): void;
  onResponse?(event: ResponseHookEvent): void;
  onRetry?(event: RetryHookEvent): void;
  onError?(event: FailureHookEvent): void;
}

/** Calls one kind of hook of every set, in order; what a hook throws or rejects with (or a hook that is no function) is logged, never passed on. */
export function emit<Name extends keyof Hooks>(
  hooks: readonly Hooks[],
  name: Name,
  event: Parameters<NonNullable<Hooks[Name]>>[0],
  log: Log,
): void {
  const warn = (error: unknown) => log.warn(`chartmogul: the ${name} hook threw; the request goes on`, { error });
  for (const set of hooks) {
    try {
      const returned = (set[name] as ((event: unknown) => unknown) | undefined)?.(event);
      if (returned instanceof Promise) returned.catch(warn);
    } catch (error) {
      warn(error);
    }
  }
}
