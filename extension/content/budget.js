// How often a busy page may be read again: reading is paid from a budget of main-thread time, so changes that
// matter are read at once (the ring is drawn in the same frame) as long as reading stays a small share of the
// page's time. Over budget, a change still waits no longer than `floorGap` after the last read: where one read
// is slow (a big page, Firefox's wrappers), the page is read at that steady pace instead of stalling.
// Pure: the clock is passed in.

// share: the part of elapsed time reading may use over a long run; burst: the most it may use at once;
// floorGap: over budget, a change is read once this long has passed since the last read.
export function createReadBudget({ share = 0.06, burst = 60, floorGap = 120 } = {}) {
  let balance = burst;
  let at = null;
  let lastEnd = null;

  function refill(now) {
    if (at !== null) balance = Math.min(burst, balance + (now - at) * share);
    at = now;
  }

  return {
    // ms to wait before reading the page: 0 means now.
    waitAt(now) {
      refill(now);
      if (balance > 0) return 0;
      const byBudget = Math.ceil(-balance / share);
      const byFloor = lastEnd === null ? 0 : Math.max(0, Math.ceil(floorGap - (now - lastEnd)));
      return Math.min(byBudget, byFloor);
    },
    // A read took `ms` and ended at `now`.
    spent(ms, now) {
      refill(now);
      balance -= ms;
      lastEnd = now;
    },
  };
}
