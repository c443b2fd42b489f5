import { describe, expect, it } from 'vitest';
import { LoadMeter } from '../../src/faults/load-meter.js';

describe('LoadMeter', () => {
  it('counts the most in flight at once and the most arrivals in any window', () => {
    let now = 0;
    const meter = new LoadMeter(() => now);
    const leaves = [0, 100, 200].map((at) => {
      now = at;
      return meter.enter();
    });
    leaves[0]?.();
    leaves[0]?.();
    now = 999;
    meter.enter();
    now = 1_100;
    meter.enter();
    // In flight: 3, then 2 after the first left, 3 again at 999, 4 at 1 100.
    // Arrivals in [0, 1000): 0, 100, 200, 999 = 4; in [100, 1100): 100, 200, 999 = 3 (1 100 is out).
    expect(meter.stats(1_000)).toEqual({ requests: 5, maxInFlight: 4, maxStartsPerWindow: 4, windowMs: 1_000 });
    expect(meter.stats(150).maxStartsPerWindow).toBe(2);
    meter.clear();
    expect(meter.stats()).toEqual({ requests: 0, maxInFlight: 4, maxStartsPerWindow: 0, windowMs: 1_000 });
  });
});
