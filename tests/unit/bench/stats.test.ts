import { describe, expect, it } from 'vitest';
import { formatMs, formatTable, median, quantile, ratio, rotate, summarize } from '../../../bench/editor/stats.mjs';

describe('benchmark statistics', () => {
  it('should take the middle value, or the mean of the middle two, as the median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('should interpolate quantiles between neighbours', () => {
    expect(quantile([0, 10], 0.9)).toBeCloseTo(9);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });

  it('should summarise a sample rounded to 0.1 ms and report null for none', () => {
    expect(summarize([1.04, 2.06, 30])).toEqual({ median: 2.1, min: 1, max: 30, p90: 24.4, runs: 3 });
    expect(summarize([]).median).toBeNull();
  });

  it('should give no ratio against a missing or zero baseline', () => {
    expect(ratio(120, 100)).toBe(1.2);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(NaN, 3)).toBeNull();
  });

  it('should rotate the order so every variant goes first in turn', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  });

  it('should format milliseconds with sensible precision and align table columns', () => {
    expect(formatMs(1016.4)).toBe('1,016');
    expect(formatMs(82.44)).toBe('82.4');
    expect(formatMs(3.214)).toBe('3.21');
    expect(formatMs(null)).toBe('–');
    expect(formatTable(['n', 'ms'], [['50', '1.00'], ['5000', '12.0']]).split('\n')).toEqual(['n       ms', '----  ----', '50    1.00', '5000  12.0']);
  });
});
