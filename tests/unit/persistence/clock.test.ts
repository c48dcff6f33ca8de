import { describe, expect, it } from 'vitest';
import { createMonotonicClock } from '../../../src/persistence/clock';

describe('createMonotonicClock', () => {
  it('should never repeat or go back, even when the wall clock stands still or jumps back', () => {
    const times = [1000, 1000, 1000, 500, 5000];
    const clock = createMonotonicClock(() => times.shift() ?? 0);
    const stamps = [clock(), clock(), clock(), clock(), clock()];
    expect(stamps.map((s) => Date.parse(s))).toEqual([1000, 1001, 1002, 1003, 5000]);
  });
});
