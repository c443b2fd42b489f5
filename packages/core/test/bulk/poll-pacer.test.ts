import { describe, expect, it } from 'vitest';
import type { BulkImportClient } from '../../src/bulk/bulk-import.js';
import { type FollowContext, followImport } from '../../src/bulk/follow.js';
import { MAX_POLL_GAP_MS, PollPacer } from '../../src/bulk/poll-pacer.js';
import type { JsonImport } from '../../src/index.js';
import type { Timing } from '../../src/pipeline/timing.js';

/** A clock that moves only when nothing else can happen: to the next timer. */
function fakeClock() {
  let now = 0;
  const timers: { at: number; fire: () => void }[] = [];
  const timing: Timing = {
    now: () => now,
    random: () => 0.5,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const timer = { at: now + ms, fire: resolve };
        timers.push(timer);
        signal?.addEventListener(
          'abort',
          () => {
            const at = timers.indexOf(timer);
            if (at >= 0) timers.splice(at, 1);
            resolve();
          },
          { once: true },
        );
      }),
  };
  /** Runs until `promise` settles, moving the clock to the next timer whenever all else waits. */
  async function until<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (settled) return promise;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift();
      if (next === undefined) throw new Error('nothing is scheduled, and the promise has not settled');
      now = Math.max(now, next.at);
      next.fire();
    }
  }
  return { timing, until, timers, now: () => now };
}

const POLL = { initialMs: 1_000, maxMs: 15_000, factor: 1.5 };

const answer = (status: string): JsonImport => ({
  id: 'imp_1',
  data_source_uuid: 'ds_1',
  external_id: 'bulk-000000-x',
  status,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
});

/** A client answering status requests from a script, noting the clock's time of each. */
function scripted(clock: ReturnType<typeof fakeClock>, answers: string[]) {
  const at: number[] = [];
  const client = {
    jsonImports: {
      create: () => Promise.reject(new Error('not used')),
      retrieve: () => {
        at.push(clock.now());
        return Promise.resolve(answer(answers.shift() ?? 'completed'));
      },
    },
  } as unknown as BulkImportClient;
  return { client, at };
}

const context = (client: BulkImportClient, pacer: PollPacer, signal?: AbortSignal): FollowContext => ({
  client,
  dataSourceUuid: 'ds_1',
  poll: POLL,
  signal,
  requestOptions: {},
  pacer,
});

describe('the poll pacer', () => {
  it('lets polls go earliest-due first, never two within the gap, whatever order they asked in', async () => {
    const clock = fakeClock();
    const pacer = new PollPacer(clock.timing, POLL);
    expect(pacer.gapMs).toBe(MAX_POLL_GAP_MS);
    const went: [string, number][] = [];
    const ask = (name: string, due: number) => pacer.turn(due, undefined).then(() => went.push([name, clock.now()]));
    await clock.until(Promise.all([ask('late', 3_000), ask('a', 100), ask('b', 100), ask('c', 120), ask('early', 50)]));
    expect(went).toEqual([
      ['early', 50],
      ['a', 550],
      ['b', 1_050],
      ['c', 1_550],
      ['late', 3_000],
    ]);
  });

  it('keeps the gap no longer than initialMs, so fast settings poll fast', () => {
    const pacer = new PollPacer(fakeClock().timing, { initialMs: 10, maxMs: 40, factor: 1.5 });
    expect(pacer.gapMs).toBe(10);
  });

  it('lets an aborted poll go at once and leaves no timer behind', async () => {
    const clock = fakeClock();
    const pacer = new PollPacer(clock.timing, POLL);
    const controller = new AbortController();
    const waiting = pacer.turn(10_000, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clock.timers).toHaveLength(1);
    controller.abort();
    await waiting;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clock.timers).toHaveLength(0);
    expect(clock.now()).toBe(0);
  });

  it('times the first poll from the rate seen: initialMs until an import is seen done, then records times ms per record', () => {
    const pacer = new PollPacer(fakeClock().timing, POLL);
    expect(pacer.firstWait(2_000)).toBe(1_000);
    // Found done by its first poll 400 ms after acceptance: done some time before, so aimed earlier.
    pacer.observe(2_000, 0, 400, undefined);
    expect(pacer.firstWait(2_000)).toBeCloseTo(340);
    expect(pacer.firstWait(1_000)).toBeCloseTo(170);
    // Unfinished at 1,200, done at 1,400: finished in between (1,300 after acceptance), averaged in.
    pacer.observe(2_000, 0, 1_400, 1_200);
    expect(pacer.firstWait(2_000)).toBeCloseTo((340 + 1_300) / 2);
    // Never beyond maxMs.
    expect(pacer.firstWait(1_000_000)).toBe(POLL.maxMs);
  });
});

describe('following an import with the pacer', () => {
  it('polls first when the import should be done, backs off only while it is unfinished, and learns from it', async () => {
    const clock = fakeClock();
    const pacer = new PollPacer(clock.timing, POLL);
    const first = scripted(clock, ['processing', 'processing', 'completed']);
    const done = await clock.until(followImport(context(first.client, pacer), 'imp_1', answer('queued'), 2_000));
    expect(done?.status).toBe('completed');
    // Nothing known yet: initialMs, then initialMs x factor, then x factor again.
    expect(first.at).toEqual([1_000, 2_500, 4_750]);

    const second = scripted(clock, ['completed']);
    const acceptedAt = clock.now();
    await clock.until(followImport(context(second.client, pacer), 'imp_2', answer('queued'), 2_000));
    // Done between the polls at 2,500 and 4,750 (3,625 after acceptance): the next import of the same size is polled then.
    expect(second.at).toEqual([acceptedAt + 3_625]);

    const third = scripted(clock, ['queued', 'completed']);
    const thirdAccepted = clock.now();
    await clock.until(followImport(context(third.client, pacer), 'imp_3', answer('queued'), 1_000));
    const estimate = ((3_625 + 3_625 * 0.85) / 2) * (1_000 / 2_000);
    // First at the estimate for its size; found unfinished, again after a quarter of it (at least the gap).
    expect(third.at[0]).toBeCloseTo(thirdAccepted + estimate);
    expect((third.at[1] as number) - (third.at[0] as number)).toBeCloseTo(Math.max(MAX_POLL_GAP_MS, estimate / 4));
  });

  it('does not poll an import found final when accepted, and takes an unknown status as not final', async () => {
    const clock = fakeClock();
    const pacer = new PollPacer(clock.timing, POLL);
    const none = scripted(clock, []);
    await clock.until(followImport(context(none.client, pacer), 'imp_1', answer('completed'), 10));
    expect(none.at).toEqual([]);
    const odd = scripted(clock, ['validating', 'failed']);
    const final = await clock.until(followImport(context(odd.client, pacer), 'imp_1', answer('queued'), 10));
    expect(final?.status).toBe('failed');
    expect(odd.at).toHaveLength(2);
  });
});
