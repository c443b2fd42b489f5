import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ChartMogulError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResourceInvalidError,
  SchemaInvalidError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { parseResponse } from '../../src/pipeline/parse-response.js';

const URL_ = 'https://api.chartmogul.test/v1/customers/cus_1?email=a%40b.c';

function failWith(status: number, body: string, headers: Record<string, string> = {}, method = 'GET'): APIError {
  try {
    parseResponse({ status, headers: new Headers(headers), body }, method, URL_);
  } catch (error) {
    if (error instanceof APIError) return error;
    throw error;
  }
  throw new Error('parseResponse did not throw');
}

const HTML_502 = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title><style>body{}</style></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;

describe('the error for each status', () => {
  it.each([
    [400, BadRequestError, SchemaInvalidError],
    [401, AuthenticationError, AuthenticationError],
    [403, PermissionDeniedError, ForbiddenError],
    [404, NotFoundError, NotFoundError],
    [409, ConflictError, ConflictError],
    [422, UnprocessableEntityError, ResourceInvalidError],
    [429, RateLimitError, RateLimitError],
    [500, InternalServerError, InternalServerError],
    [503, InternalServerError, InternalServerError],
    [524, InternalServerError, InternalServerError],
    [418, APIError, APIError],
  ])('%i is a %o (also known by its official name)', (status, ErrorClass, Alias) => {
    const error = failWith(status, '{"message":"x"}');
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(Alias);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(ChartMogulError);
    expect(error.name).toBe(ErrorClass.name);
  });

  it('carries status, headers, parsed body, request id, method and the path without the query', () => {
    const error = failWith(422, '{"code":422,"message":"The external_id is taken"}', { 'x-request-id': 'req_9' }, 'POST');
    expect(error).toMatchObject({ status: 422, body: { code: 422, message: 'The external_id is taken' }, requestId: 'req_9', method: 'POST', path: '/v1/customers/cus_1' });
    expect(error.headers.get('x-request-id')).toBe('req_9');
    expect(error.message).not.toContain('a%40b.c');
  });
});

describe('messages', () => {
  it('include the API\'s own text, in each of its body shapes', () => {
    expect(failWith(422, '{"message":"Customer not created"}').message).toContain('Customer not created');
    expect(failWith(400, '{"error":"Invalid parameter"}').message).toContain('Invalid parameter');
    const fields = failWith(422, '{"errors":{"external_id":"has already been taken","name":["is required"]}}').message;
    expect(fields).toContain('external_id: has already been taken');
    expect(fields).toContain('name: is required');
    expect(failWith(400, 'Plain text reason').message).toContain('Plain text reason');
  });

  it('take the words of a validation body with error_details, not the field arrays twice (plan groups, as recorded)', () => {
    const body = JSON.stringify({
      name: ["Name can't be blank"],
      plan_ids: ["Plan ids can't be blank"],
      error_details: [
        { param: 'name', code: 'blank', message: "Name can't be blank" },
        { param: 'plan_ids', code: 'blank', message: "Plan ids can't be blank" },
      ],
    });
    const error = failWith(422, body, {}, 'POST');
    expect(error.message).toBe("ChartMogul answered 422 to POST /v1/customers/cus_1: Name can't be blank; Plan ids can't be blank.");
    expect(error.body).toEqual(JSON.parse(body));
    expect(failWith(422, '{"error":"Invalid date","error_details":[{"param":"date","code":"invalid","message":"Invalid date"}]}').message).toContain(
      ': Invalid date.',
    );
  });

  it('take a bare Rails validation body field by field', () => {
    expect(failWith(422, '{"name":["is too long","is invalid"],"count":3}').message).toContain(': name: is too long, is invalid.');
  });

  it("name each failed invoice of an Import API batch by its external_id, with the invoice's errors", () => {
    const body = { invoices: [{ external_id: 'inv_1', errors: {} }, { external_id: 'inv_2', errors: { currency: 'is not a currency' } }] };
    const message = failWith(422, JSON.stringify(body), {}, 'POST').message;
    expect(message).toContain('invoice inv_2: currency: is not a currency');
    expect(message).not.toContain('inv_1');
  });

  it('show {code, message, param} by its message, without the code or an empty param', () => {
    const message = failWith(401, '{"code":401,"message":"No valid API key provided","param":null}').message;
    expect(message).toMatch(/^ChartMogul answered 401 to GET \/v1\/customers\/cus_1: No valid API key provided\./);
    expect(message).not.toContain('null');
  });

  it('say what to do', () => {
    expect(failWith(401, '{"message":"No valid API key provided"}').message).toMatch(/No valid API key provided\..*Check the API key/);
    expect(failWith(404, '{}').message).toMatch(/Check the id/);
    expect(failWith(429, '{}').message).toMatch(/40 requests per second.*maxRetries/);
    expect(failWith(500, '{}', {}, 'POST').message).toMatch(/may have been applied, so it was not retried: check/);
    expect(failWith(500, '{}', {}, 'GET').message).toMatch(/try again later/);
    expect(failWith(302, '', { location: 'https://elsewhere.example/' }).message).toMatch(/does not follow redirects.*check baseURL/);
  });

  it('turn an HTML gateway page into an APIError naming the page, never a SyntaxError', () => {
    const error = failWith(502, HTML_502);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe(HTML_502);
    expect(error.message).toContain('an HTML page ("502 Bad Gateway")');
    expect(error.message).not.toContain('<style>');
  });

  it('turn a 2xx body that is not JSON into an APIError with a short excerpt', () => {
    const truncated = `{"entries":[${'{"uuid":"cus_1","name":"A long name"},'.repeat(40)}`;
    const error = failWith(200, truncated);
    expect(error.constructor).toBe(APIError);
    expect(error.status).toBe(200);
    expect(error.body).toBe(truncated);
    expect(error.message).toMatch(/with a body that is not JSON: "\{"entries":\[/);
    expect(error.message.length).toBeLessThan(500);
    expect(error.message).toMatch(/…"/);
    expect(failWith(201, '{"uuid":', {}, 'POST').message).toMatch(/write was accepted \(201\) but its answer could not be read: look it up/);
  });

  it('survive hostile error bodies: deep nesting, odd members, huge lists', () => {
    const deep = 100_000;
    const bodies = [
      `{"errors":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}`,
      `{"name":${'['.repeat(deep)}${']'.repeat(deep)}}`,
      `{"error_details":[null,1,{"message":{"x":1}},{"message":"Real words"}]}`,
      `{"invoices":[null,7,{"errors":null},{"external_id":"inv_9","errors":["bad"]}]}`,
      `{"errors":[${'"x",'.repeat(100_000)}"y"]}`,
    ];
    for (const body of bodies) {
      const error = failWith(422, body);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect(error.message.length).toBeLessThan(500);
    }
    expect(failWith(422, bodies[2] as string).message).toContain('Real words');
    expect(failWith(422, bodies[3] as string).message).toContain('invoice inv_9: bad');
  });

  it('keep only an excerpt of a long body', () => {
    const error = failWith(500, `{"message":"${'x'.repeat(5000)}"}`);
    expect(error.message.length).toBeLessThan(500);
  });
});

describe('RateLimitError.retryAfterMs', () => {
  it('is read from Retry-After in seconds or as an HTTP date, and undefined without it', () => {
    expect((failWith(429, '{}', { 'retry-after': '7' }) as RateLimitError).retryAfterMs).toBe(7000);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const fromDate = (failWith(429, '{}', { 'retry-after': date }) as RateLimitError).retryAfterMs ?? 0;
    expect(fromDate).toBeGreaterThan(28_000);
    expect(fromDate).toBeLessThanOrEqual(30_000);
    expect((failWith(429, '{}') as RateLimitError).retryAfterMs).toBeUndefined();
    expect((failWith(429, '{}', { 'retry-after': 'later' }) as RateLimitError).retryAfterMs).toBeUndefined();
  });
});
