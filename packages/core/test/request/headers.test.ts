import { describe, expect, it } from 'vitest';
import { ConfigurationError, InvalidParameterError } from '../../src/index.js';
import { basicAuthorization, buildRequest, defineOperation } from '../../src/internal.js';
import { testClient } from '../support/capture.js';

const op = defineOperation<void, unknown>()({ id: 'ping', method: 'GET', path: '/v1/ping', summary: 't', noParams: true });
const context = (headers: Record<string, string>) => ({ baseURL: 'https://api.chartmogul.test', authorization: basicAuthorization('k'), headers });

describe('call headers', () => {
  it('are sent lower-cased, and never replace Authorization', () => {
    const request = buildRequest(op, [], undefined, context({ 'X-Trace': 'abc', Authorization: 'Basic other' }));
    expect(request.headers).toMatchObject({ 'x-trace': 'abc', authorization: basicAuthorization('k') });
  });

  it.each([
    [{ 'bad name': 'x' }, /Header name "bad name"/],
    [{ 'x-a': 'line\r\nInjected: 1' }, /Header "x-a" must be/],
    [{ 'x-a': 'snow ☃' }, /Header "x-a" must be/],
    [{ 'x-a': 42 as unknown as string }, /Header "x-a" must be/],
  ])('refuses %j with an InvalidParameterError before any request, without quoting the value', (headers, message) => {
    const call = () => buildRequest(op, [], undefined, context(headers));
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect((error as Error).message).not.toContain('Injected');
    }
  });
});

/** Headers that frame the message or the connection: the transport's, never the caller's. */
const FRAMING = ['content-length', 'Transfer-Encoding', 'connection', 'Host', 'expect', 'upgrade', 'keep-alive', 'te', 'trailer'];

describe('framing headers', () => {
  it.each(FRAMING)('a call header %s is refused before any request (it hung a GET on node:http, or sat beside content-length)', (name) => {
    const call = () => buildRequest(op, [], undefined, context({ [name]: '10' }));
    expect(call).toThrow(InvalidParameterError);
    expect(call).toThrow(new RegExp(`"${name.toLowerCase()}" is set by the transport`));
  });

  it.each(FRAMING)('defaultHeaders with %s are refused at construction, with a ConfigurationError', (name) => {
    expect(() => testClient({ defaultHeaders: { [name]: 'x' } })).toThrow(ConfigurationError);
    expect(() => testClient().withOptions({ headers: { [name]: 'x' } })).toThrow(ConfigurationError);
  });

  it.each([
    [{ 'x-a': 'line\r\nInjected: 1' }],
    [{ 'x-a': 'line\nInjected: 1' }],
    [{ 'bad name': 'x' }],
    [{ 'x-a': 42 as unknown as string }],
  ])('defaultHeaders %j are refused at construction, not at each call, without quoting the value', (headers) => {
    let error: unknown;
    try {
      testClient({ defaultHeaders: headers });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).not.toContain('Injected');
  });
});
