// The Durable Object's limiter and its wire format, in Node with a hand-moved clock: what every
// Worker sharing the object is admitted, refused and told to wait.
import { describe, expect, it } from 'vitest';
import { AccountLimiter, SLOT_RETRY_MS } from '../src/limiter/account-limiter.js';
import { createDurableObjectLimiterStore } from '../src/limiter/durable-object-store.js';
import { ChartMogulRateLimiter } from '../src/limiter/rate-limiter-object.js';
import { ConfigurationError } from '../src/index.js';

const ask = { maxConcurrency: 3, maxRequestsPerSecond: 4, windowMs: 1_000, leaseMs: 5_000 };

function limiter() {
  let next = 0;
  return new AccountLimiter(() => `lease-${++next}`);
}

/** Admits as often as allowed from `from` to `to` ms, releasing each lease at once; answers the start times. */
function startsBetween(subject: AccountLimiter, from: number, to: number, options = ask): number[] {
  const starts: number[] = [];
  for (let now = from; now < to; now += 1) {
    const answer = subject.admit(options, now);
    if (answer.admitted) {
      starts.push(now);
      subject.release(answer.leaseId);
    }
  }
  return starts;
}

describe('AccountLimiter (the Durable Object state)', () => {
  it('never starts more than the limit in any window, spaced as one client paces', () => {
    const starts = startsBetween(limiter(), 0, 5_000);
    for (const start of starts)
      expect(starts.filter((t) => t >= start && t < start + ask.windowMs).length).toBeLessThanOrEqual(4);
    expect(starts.length).toBeGreaterThanOrEqual(19);
    // 250 ms apart on the even schedule, one interval ahead allowed: the second follows at once
    // (the loop asks once a millisecond).
    expect(starts.slice(0, 4)).toEqual([0, 1, 250, 500]);
  });

  it('refuses beyond the slots until a lease is released, and tells when to ask again', () => {
    const subject = limiter();
    const wide = { ...ask, maxRequestsPerSecond: Number.POSITIVE_INFINITY };
    const leases = [0, 1, 2].map(() => subject.admit(wide, 0));
    expect(leases.every((answer) => answer.admitted)).toBe(true);
    expect(subject.admit(wide, 10)).toEqual({ admitted: false, retryInMs: SLOT_RETRY_MS });
    subject.release((leases[1] as { leaseId: string }).leaseId);
    expect(subject.admit(wide, 11)).toMatchObject({ admitted: true });
    expect(subject.inFlight).toBe(3);
  });

  it("gives a lease's slot back when it expires unreleased (a Worker that died)", () => {
    const subject = limiter();
    const wide = { ...ask, maxRequestsPerSecond: Number.POSITIVE_INFINITY, leaseMs: 300 };
    for (let i = 0; i < 3; i++) subject.admit(wide, 0);
    expect(subject.admit(wide, 280)).toEqual({ admitted: false, retryInMs: 20 });
    expect(subject.admit(wide, 300)).toMatchObject({ admitted: true });
  });

  it('counts every caller against its own limit when callers disagree on the limits', () => {
    const subject = limiter();
    const slow = { ...ask, maxRequestsPerSecond: 2 };
    expect(subject.admit(slow, 0)).toMatchObject({ admitted: true });
    expect(startsBetween(subject, 1, 1_000).length).toBeGreaterThan(0);
    // The window is full of the fast callers' starts: the slow one waits for them too.
    expect(subject.admit(slow, 1_000)).toMatchObject({ admitted: false });
  });

  it('releasing an unknown lease does nothing', () => {
    const subject = limiter();
    subject.admit(ask, 0);
    subject.release('not-a-lease');
    expect(subject.inFlight).toBe(1);
  });
});

describe('ChartMogulRateLimiter.fetch', () => {
  const post = (object: ChartMogulRateLimiter, path: string, body: string) =>
    object.fetch(new Request(`https://limiter.test${path}`, { method: 'POST', body }));

  it('admits, releases, and answers 400 to what it cannot read, without changing its state', async () => {
    const object = new ChartMogulRateLimiter();
    const admitted = await (
      await post(object, '/admit', JSON.stringify({ ...ask, maxRequestsPerSecond: null }))
    ).json();
    expect(admitted).toEqual({ admitted: true, leaseId: expect.any(String) });
    for (const [path, body] of [
      ['/admit', '{'],
      ['/admit', JSON.stringify({ ...ask, maxConcurrency: 0 })],
      ['/admit', JSON.stringify({ ...ask, leaseMs: 1e12 })],
      ['/admit', 'null'],
      ['/release', JSON.stringify({ leaseId: 42 })],
    ] as const) {
      const response = await post(object, path, body);
      expect(response.status, `${path} ${body}`).toBe(400);
      expect((await response.json()).error).toEqual(expect.any(String));
    }
    expect((await post(object, '/nowhere', '{}')).status).toBe(404);
    expect((await post(object, '/release', JSON.stringify({ leaseId: admitted.leaseId }))).status).toBe(200);
  });
});

describe('createDurableObjectLimiterStore', () => {
  /** A namespace whose one object is a real ChartMogulRateLimiter, called in-process; records the calls. */
  function namespace(object = new ChartMogulRateLimiter()) {
    const calls: string[] = [];
    return {
      calls,
      idFromName: (name: string) => `id:${name}`,
      get: (id: string) => ({
        fetch: async (input: string, init?: RequestInit) => {
          calls.push(`${id} ${new URL(input).pathname}`);
          return object.fetch(new Request(input, init));
        },
      }),
    };
  }

  it('asks the named object once per admission and once per release; Infinity travels', async () => {
    const binding = namespace();
    const store = createDurableObjectLimiterStore(binding as never, { name: 'acme' });
    expect(store.name).toBe('durable-object');
    const limits = { maxConcurrency: 1, maxRequestsPerSecond: Number.POSITIVE_INFINITY };
    const first = await store.admit({ limits, windowMs: 1_000, leaseMs: 60_000 });
    expect(first).toEqual({ admitted: true, leaseId: expect.any(String) });
    expect(await store.admit({ limits, windowMs: 1_000, leaseMs: 60_000 })).toEqual({
      admitted: false,
      retryInMs: SLOT_RETRY_MS,
    });
    await store.release((first as { leaseId: string }).leaseId);
    expect(await store.admit({ limits, windowMs: 1_000, leaseMs: 60_000 })).toMatchObject({ admitted: true });
    expect(binding.calls).toEqual(['id:acme /admit', 'id:acme /admit', 'id:acme /release', 'id:acme /admit']);
  });

  it('rejects an answer that is not an admission, and a failing object, instead of admitting', async () => {
    const request = { limits: { maxConcurrency: 1, maxRequestsPerSecond: 1 }, windowMs: 1_000, leaseMs: 1_000 };
    for (const response of [
      () => Response.json({ admitted: 'yes' }),
      () => new Response('<html>', { status: 200 }),
      () => new Response('overloaded', { status: 503 }),
    ]) {
      const store = createDurableObjectLimiterStore({
        idFromName: () => 'id',
        get: () => ({ fetch: async () => response() }),
      } as never);
      await expect(store.admit(request)).rejects.toThrow(/Durable Object/);
    }
  });

  it('says what to bind when given something other than a namespace', () => {
    for (const wrong of [undefined, {}, 'CHARTMOGUL_LIMITER']) {
      expect(() => createDurableObjectLimiterStore(wrong as never)).toThrow(ConfigurationError);
    }
    expect(() => createDurableObjectLimiterStore(namespace() as never, { name: '' })).toThrow(/name/);
  });
});
