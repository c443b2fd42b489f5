import { describe, expect, it } from 'vitest';
import { basicAuthorization, buildRequest, defineOperation, InvalidParameterError } from '../../src/index.js';

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
