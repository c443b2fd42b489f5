// Wraps a limiter store to measure what it costs: round trips (admissions asked, releases) and
// the wall time spent waiting for the store's answers, per record.
export function measuredStore(inner) {
  let calls = 0;
  let micros = 0;
  const timed = async (call) => {
    const started = performance.now();
    try {
      return await call();
    } finally {
      calls += 1;
      micros += (performance.now() - started) * 1000;
    }
  };
  return {
    store: {
      name: inner.store.name,
      admit: (request) => timed(() => inner.store.admit(request)),
      release: (leaseId) => timed(() => inner.store.release(leaseId)),
    },
    /** Per record: round trips to the store, and microseconds waiting for them. */
    cost: (records) => ({ roundTripsPerRecord: calls / records, usPerRecord: micros / records, roundTrips: calls }),
    close: () => inner.close?.(),
  };
}
