import { describe, expect, it } from 'vitest';
import { formatFault, parseFault, seededRandom } from '../../src/index.js';

describe('fault specs', () => {
  it.each([
    ['503', { kind: 'status', status: 503 }],
    ['429;retry-after=2', { kind: 'status', status: 429, retryAfter: 2 }],
    ['429;retry-after-date=3', { kind: 'status', status: 429, retryAfter: 3, retryAfterDate: true }],
    ['500;applied', { kind: 'status', status: 500, applied: true }],
    ['503;retry-after-text=soon', { kind: 'status', status: 503, retryAfterText: 'soon' }],
    ['503;retry-after-text=', { kind: 'status', status: 503, retryAfterText: '' }],
    ['latency=200', { kind: 'latency', ms: 200 }],
    ['slow-body=300', { kind: 'slow-body', ms: 300 }],
    ['reset-before-response', { kind: 'reset-before-response' }],
    ['reset-before-response;applied', { kind: 'reset-before-response', applied: true }],
    ['reset-during-body', { kind: 'reset-during-body' }],
    ['malformed-json', { kind: 'malformed-json' }],
    ['html', { kind: 'html', status: 502 }],
    ['html=503', { kind: 'html', status: 503 }],
    ['huge-body=1048576', { kind: 'huge-body', bytes: 1048576 }],
    ['html-flood=1000000', { kind: 'html-flood', bytes: 1000000 }],
    ['body={"entries":[],"has_more":true,"cursor":"a=b"}', { kind: 'body', text: '{"entries":[],"has_more":true,"cursor":"a=b"}' }],
    ['body=', { kind: 'body', text: '' }],
    ['gzip-bomb=8388608', { kind: 'gzip-bomb', bytes: 8388608 }],
    [`latency=${2 ** 31 - 1}`, { kind: 'latency', ms: 2 ** 31 - 1 }],
  ])('reads %s, and writes it back', (spec, fault) => {
    expect(parseFault(spec)).toEqual(fault);
    expect(parseFault(formatFault(parseFault(spec)))).toEqual(fault);
  });

  it.each(['teapot', 'latency', 'latency=-1', '429;retry-after=soon', '99'])('refuses %s with a message listing the faults', (spec) => {
    expect(() => parseFault(spec)).toThrow(/fault/i);
  });

  // setTimeout holds a signed 32-bit count: 2^31 ms or more would fire after about 1 ms, not later.
  it.each([`latency=${2 ** 31}`, 'latency=1e12', `slow-body=${2 ** 31}`, '429;retry-after=1e10', 'huge-body=1e10'])(
    'refuses %s, past what a timer holds, saying the range',
    (spec) => {
      expect(() => parseFault(spec)).toThrow(`from 0 to ${2 ** 31 - 1}`);
    },
  );

  it('draws the same sequence from the same seed, and another from another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });
});
