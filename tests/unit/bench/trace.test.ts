import { describe, expect, it } from 'vitest';
import { indexTrace, windowFigures, type TraceEvent } from '../../../bench/editor/trace.mjs';

const main = { pid: 1, tid: 1 };
const task = (ts: number, dur: number, tdur = dur): TraceEvent => ({ ...main, cat: 'toplevel', name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur });
const mark = (name: string, ts: number): TraceEvent => ({ ...main, cat: 'blink.user_timing', name, ph: 'I', ts });

describe('main-thread figures from a Chromium trace', () => {
  it('should count the outermost tasks overlapping the marked window, with wall and thread time', () => {
    // given tasks before, across and after the window, one of them with a nested task
    const events: TraceEvent[] = [
      task(0, 1_000),
      mark('gpm-bench-x:start', 2_100),
      task(2_000, 5_000, 4_000),
      task(2_500, 1_000), // nested in the previous one
      task(8_000, 20_000, 9_000),
      { pid: 2, tid: 7, cat: 'toplevel', name: 'ThreadControllerImpl::RunTask', ph: 'X', ts: 9_000, dur: 90_000 }, // other thread
      { ...main, cat: 'devtools.timeline', name: 'MinorGC', ph: 'X', ts: 9_000, dur: 3_000 },
      mark('gpm-bench-x:end', 27_000),
      task(40_000, 1_000)
    ];
    // when
    const figures = windowFigures(indexTrace(events), 'gpm-bench-x');
    // then
    expect(figures).toEqual({ tasks: 2, longestTaskMs: 20, longestTaskCpuMs: 9, busyMs: 25, busyCpuMs: 13, windowMs: 24.9, gcMs: 3, gcInLongestTaskMs: 3 });
  });

  it('should report nothing for a window whose marks are missing', () => {
    expect(windowFigures(indexTrace([task(0, 10)]), 'gpm-bench-y')).toBeUndefined();
  });
});
