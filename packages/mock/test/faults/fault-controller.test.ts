import { describe, expect, it } from 'vitest';
import { FaultController } from '../../src/index.js';

const request = (headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1/v1/ping', { headers: { authorization: 'Basic a2V5MTo=', ...headers } });

describe('FaultController', () => {
  it('takes the header first, then the queue, one queued fault per request', () => {
    const faults = new FaultController().next('503', 'reset-during-body');
    expect(faults.admit(request({ 'x-mock-fault': 'html' }))).toMatchObject({ fault: { kind: 'html' }, source: 'header' });
    expect(faults.admit(request())).toMatchObject({ fault: { kind: 'status', status: 503 }, source: 'queue' });
    expect(faults.admit(request())).toMatchObject({ fault: { kind: 'reset-during-body' }, source: 'queue' });
    expect(faults.admit(request()).fault).toBeUndefined();
    expect(faults.stats).toEqual({ requests: 4, injected: { 'html=502': 1, '503': 1, 'reset-during-body': 1 } });
  });

  it('injects faults at the given rate, reproducibly from the seed', () => {
    const run = (seed: number) => {
      const faults = new FaultController({ rate: 0.1, seed, modes: ['500', 'latency=1'] });
      return Array.from({ length: 2000 }, () => faults.admit(request()).fault?.kind ?? '-').join(',');
    };
    const outcomes = run(3).split(',');
    const injected = outcomes.filter((kind) => kind !== '-').length;
    expect(injected).toBeGreaterThan(140);
    expect(injected).toBeLessThan(260);
    expect(new Set(outcomes)).toEqual(new Set(['-', 'status', 'latency']));
    expect(run(3)).toBe(outcomes.join(','));
    expect(run(4)).not.toBe(outcomes.join(','));
  });

  it('answers 429 beyond 40 requests in a second per account, with Retry-After', () => {
    let now = 1_000_000;
    const faults = new FaultController({ limits: true, now: () => now });
    for (let i = 0; i < 40; i++) faults.admit(request()).release();
    expect(faults.admit(request())).toMatchObject({ fault: { kind: 'status', status: 429, retryAfter: 1 }, source: 'limit' });
    // Another account has its own budget.
    expect(faults.admit(request({ authorization: 'Basic b3RoZXI6' })).fault).toBeUndefined();
    now += 1001;
    expect(faults.admit(request()).fault).toBeUndefined();
  });

  it('answers 503 beyond 20 parallel requests per account, until one is released', () => {
    const faults = new FaultController({ limits: true, now: () => 0 });
    const open = Array.from({ length: 20 }, () => faults.admit(request()));
    expect(open.every((a) => a.fault === undefined)).toBe(true);
    const refused = faults.admit(request());
    expect(refused).toMatchObject({ fault: { kind: 'status', status: 503, retryAfter: 1 }, source: 'limit' });
    refused.release();
    open[0]?.release();
    open[0]?.release(); // twice is once
    expect(faults.admit(request()).fault).toBeUndefined();
    expect(faults.admit(request()).fault).toMatchObject({ status: 503 });
    expect(faults.stats.injected).toEqual({ 'limit:503;retry-after=1': 2 });
  });

  it('refuses a rate outside 0..1', () => {
    expect(() => new FaultController({ rate: 2 })).toThrow(/rate/);
  });
});
