import { createFetch, FetchError } from 'ofetch';
import { failureCode, failureMessages, requestWasSent } from './failure-code.js';
import { TransportFailure, type Transport } from './transport.js';

/**
 * The default transport: ofetch over the runtime's `fetch`, with ofetch's own retry off
 * (it would retry a POST and ignores Retry-After) and redirects not followed, so the
 * Authorization header can never be carried to another origin.
 */
export function createFetchTransport(fetchImpl: typeof fetch): Transport {
  const $fetch = createFetch({ fetch: fetchImpl });
  return async (request) => {
    try {
      const response = await $fetch.raw<string, 'text'>(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: request.signal,
        redirect: 'manual',
        retry: 0,
        responseType: 'text',
        ignoreResponseError: true,
      });
      return { status: response.status, headers: response.headers, body: response._data ?? '' };
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      // ofetch's FetchError keeps the request options, headers included: pass on only what went wrong.
      const cause = error instanceof FetchError ? error.cause : error;
      const code = failureCode(cause);
      // Deno quotes the whole URL in its messages: the query can hold e-mail addresses, so it goes.
      const messages = withoutQuery(failureMessages(cause), request.url);
      throw new TransportFailure(code && !messages.includes(code) ? `${messages} (${code})` : messages, {
        cause: stripToMessage(messages, code),
        code,
        requestSent: requestWasSent(code, messages),
      });
    }
  };
}

/** `text` with the query string of `url` removed wherever it is quoted. */
function withoutQuery(text: string, url: string): string {
  const { search } = new URL(url);
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  let result = text;
  for (const form of new Set([query, search])) if (form.length > 1) result = result.split(form).join('');
  return result;
}

function stripToMessage(message: string, code: string | undefined): Error {
  const error = new Error(message);
  if (code !== undefined) (error as Error & { code?: string }).code = code;
  return error;
}
