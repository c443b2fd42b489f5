import type { TransportResponse } from '../transport/transport.js';

/** What a successful response said besides its body. */
export interface ResponseInfo {
  readonly status: number;
  readonly headers: Headers;
  /** ChartMogul's `X-Request-Id`: quote it when you ask ChartMogul's support about a call. */
  readonly requestId: string | undefined;
}

/** The data of a call with its response: what `.withResponse()` resolves to. */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: ResponseInfo;
}

/** What every method returns: the data, and `.withResponse()` for the status, headers and request id. */
export interface APIPromise<T> extends Promise<T> {
  /** The data with the response's `status`, `headers` and `requestId`. */
  withResponse(): Promise<WithResponse<T>>;
}

/** Reads the headers only when asked: on Node the first `Headers` object costs milliseconds and megabytes. */
export function responseInfo(response: TransportResponse): ResponseInfo {
  return {
    status: response.status,
    get headers() {
      return response.headers;
    },
    get requestId() {
      return response.headers.get('x-request-id') ?? undefined;
    },
  };
}

const ignore = () => {};

/** Makes a call's promise from the pipeline's: the data, with `.withResponse()`. */
export function apiPromise<T>(sent: Promise<WithResponse<T>>): APIPromise<T> {
  const data = sent.then((result) => result.data) as APIPromise<T>;
  data.withResponse = () => {
    // Who asks for the response gets the failure there: the data promise no longer reports it unhandled.
    data.catch(ignore);
    return sent;
  };
  return data;
}
