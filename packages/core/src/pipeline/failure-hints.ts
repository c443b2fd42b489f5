import { hasReadableRetryAfter } from './retry-after.js';
import { type Fault, mayHaveBeenApplied, maySendAgain } from './retry-policy.js';

/** Said of every write whose outcome is unknown: the one thing the caller must not do blindly is repeat it. */
export const MAY_HAVE_BEEN_APPLIED =
  'The write may have been applied, so it was not retried: check before sending it again.';

const STATUS_HINTS: Record<number, string> = {
  401: 'Check the API key (Profile > API keys in ChartMogul).',
  403: 'The key may not do this (a read-only key cannot write).',
  404: 'Check the id: the record may be deleted or in another account.',
  429: 'Slow down (40 requests per second per account), or raise maxRetries.',
};

/** The last sentence of an HTTP error's message: what the caller can do about it. */
export function statusHint(method: string, status: number, headers: Headers): string | undefined {
  const fault: Fault = { kind: 'status', status, retryAfter: hasReadableRetryAfter(headers) };
  if (mayHaveBeenApplied(method, fault)) return MAY_HAVE_BEEN_APPLIED;
  // The key never goes to another address.
  if (status >= 300 && status < 400) return 'The client does not follow redirects: check baseURL.';
  if (status >= 500) return `A server-side failure: try again later${maySendAgain(method, fault) ? ' (or raise maxRetries)' : ''}.`;
  return STATUS_HINTS[status];
}

/** The last sentences of a connection failure's message. */
export function connectionHint(method: string, fault: Fault & { kind: 'connection' | 'timeout' }): string {
  const check =
    fault.kind === 'timeout'
      ? 'Raise the timeout option (long lists, large imports), or check the network.'
      : fault.kind === 'connection' && fault.permanent
        ? 'Nothing was sent: the TLS certificate was refused; check baseURL and any proxy.'
        : fault.requestSent
        ? 'Check the network and any proxy.'
        : 'Nothing was sent: check baseURL, DNS and the network.';
  return mayHaveBeenApplied(method, fault) ? `${MAY_HAVE_BEEN_APPLIED} ${check}` : check;
}
