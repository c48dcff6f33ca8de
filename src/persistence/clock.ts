/**
 * Timestamps for stored records: ISO strings that never repeat or go backwards within one tab,
 * so "newest first" is well defined even for two writes in the same millisecond.
 */

/** A source of ISO-8601 timestamps. */
export type Clock = () => string;

/** A clock that returns the wall-clock time, nudged 1 ms forward whenever it would not advance. */
export function createMonotonicClock(wallClock: () => number = Date.now): Clock {
  let last = 0;
  return () => {
    const t = Math.max(wallClock(), last + 1);
    last = t;
    return new Date(t).toISOString();
  };
}
