import { describe, expect, it } from 'vitest';
import { basicAuthorization } from '../src/internal.js';
import { TEST_API_KEY, TEST_BASE_URL, captureRequests, testClient } from './support/capture.js';

const wire = captureRequests();

describe('ping', () => {
  it('sends GET /v1/ping with the Basic header and returns the body', async () => {
    wire.reply({ data: 'pong!' });
    const result = await testClient().ping();
    expect(result).toEqual({ data: 'pong!' });
    const request = wire.last();
    expect(request.method).toBe('GET');
    expect(request.url.href).toBe(`${TEST_BASE_URL}/v1/ping`);
    expect(request.headers.get('authorization')).toBe(basicAuthorization(TEST_API_KEY));
    expect(request.rawBody).toBe('');
  });
});
