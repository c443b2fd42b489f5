import { type Fault, mayHaveBeenApplied, maySendAgain } from './retry-policy.js';

/** Said of every write whose outcome is unknown: the one thing the caller must not do blindly is repeat it. */
export const MAY_HAVE_BEEN_APPLIED =
  'The write may have been applied, so it was not retried: check whether it was (e.g. look it up by its external_id) before sending it again.';

/** The last sentence of an HTTP error's message: what the caller can do about it. */
export function statusHint(method: string, status: number, headers: Headers): string | undefined {
  const fault: Fault = { kind: 'status', status, retryAfter: headers.has('retry-after') };
  if (mayHaveBeenApplied(method, fault)) return MAY_HAVE_BEEN_APPLIED;
  if (status >= 300 && status < 400) {
    return 'The client does not follow redirects, so the API key never goes to another address: check baseURL.';
  }
  switch (status) {
    case 401:
      return 'Check the API key (ChartMogul > Profile > API keys) and that it is passed whole.';
    case 403:
      return 'The key may not do this: a read-only key cannot write, and an account without API access is refused.';
    case 404:
      return 'Check the id or uuid: it may belong to another data source or account, or the resource was deleted.';
    case 429:
      return 'Slow down (ChartMogul allows 40 requests per second per account), or allow more retries with maxRetries.';
  }
  if (status >= 500 && maySendAgain(method, fault)) {
    return 'A server-side failure, usually brief: try again later (maxRetries sets how often the client retries).';
  }
  if (status >= 500) return 'A server-side failure: try again later.';
  return undefined;
}

/** The last sentences of a connection failure's message. */
export function connectionHint(method: string, fault: Fault & { kind: 'connection' | 'timeout' }): string {
  const check =
    fault.kind === 'timeout'
      ? 'Raise the timeout option if the call is slow (long lists, large imports), or check the network.'
      : fault.kind === 'connection' && fault.permanent
        ? 'Nothing was sent: the TLS certificate was refused; check baseURL and any proxy.'
        : fault.requestSent
        ? 'Check the network and any proxy between here and ChartMogul.'
        : 'Nothing was sent: check baseURL, DNS and the network.';
  return mayHaveBeenApplied(method, fault) ? `${MAY_HAVE_BEEN_APPLIED} ${check}` : check;
}
