/**
 * Long tasks (≥ 50 ms, Chromium's definition) seen by a `PerformanceObserver` since the page
 * loaded. Only a coarse check: the 16 ms target needs the slice timings and the trace as well.
 */
export interface LongTask {
  startTime: number;
  duration: number;
}

const seen: LongTask[] = [];
if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** True when this browser reports long tasks at all. */
export const longTasksSupported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('longtask');

/**
 * Long tasks overlapping [from, to] (performance.now() times). Entries are delivered
 * asynchronously, so wait a frame or two after `to` before asking.
 */
export function longTasksBetween(from: number, to: number): LongTask[] {
  return seen.filter((t) => t.startTime < to && t.startTime + t.duration > from);
}
