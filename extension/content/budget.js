// How often a busy page may be read again: reading is paid from a budget of main-thread time, so changes that
// matter are read at once (the ring is drawn in the same frame) as long as reading stays a small share of the
// page's time, and a page that keeps changing where it matters is read less often instead of costing more.
// Pure: the clock is passed in.

// share: the part of elapsed time reading may use over a long run; burst: the most it may use at once;
// maxWait: the longest a change waits (the contract allows 300 ms for a status change).
export function createReadBudget({ share = 0.06, burst = 60, maxWait = 250 } = {}) {
  let balance = burst;
  let at = null;

  function refill(now) {
    if (at !== null) balance = Math.min(burst, balance + (now - at) * share);
    at = now;
  }

  return {
    // ms to wait before reading the page: 0 means now.
    waitAt(now) {
      refill(now);
      return balance > 0 ? 0 : Math.min(maxWait, Math.ceil(-balance / share));
    },
    // A read took `ms` and ended at `now`.
    spent(ms, now) {
      refill(now);
      balance -= ms;
    },
  };
}
