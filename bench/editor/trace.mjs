// Chromium trace around the measurements (CDP `Tracing` on the page's session): every task the
// renderer's main thread ran between two user-timing marks, with wall and thread (CPU) time, and
// the garbage collections inside them. This is what "main-thread time" means in the tables —
// tasks under 50 ms included, which the `longtask` observer never reports.

/** Categories: tasks with thread time, our marks, thread names; `withGc` adds V8's GC events. */
export function traceCategories(withGc) {
  return ['toplevel', 'blink.user_timing', '__metadata', ...(withGc ? ['devtools.timeline', 'v8'] : [])];
}

/** Start tracing on a CDP session; `stop()` resolves with all events. */
export async function startTrace(cdp, categories) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents'
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    }
  };
}

const TASK = 'ThreadControllerImpl::RunTask';
const GC = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking', 'V8.GCMinorMS']);

/** Index a trace: marks by name and the top-level tasks and GC events of the thread that set the marks. */
export function indexTrace(events, markPrefix = 'gpm-bench-') {
  const marks = new Map();
  let thread;
  for (const e of events) {
    if (e.cat === 'blink.user_timing' && typeof e.name === 'string' && e.name.startsWith(markPrefix)) {
      marks.set(e.name, e.ts);
      thread ??= { pid: e.pid, tid: e.tid };
    }
  }
  if (!thread) return { marks, tasks: [], gcs: [] };
  const onThread = (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X';
  const candidates = events.filter((e) => onThread(e) && e.name === TASK).sort((a, b) => a.ts - b.ts);
  // keep outermost tasks only (a nested run loop reports tasks inside a task)
  const tasks = [];
  for (const t of candidates) {
    const last = tasks[tasks.length - 1];
    if (last && t.ts < last.ts + last.dur) continue;
    tasks.push({ ts: t.ts, dur: t.dur, tdur: t.tdur ?? t.dur });
  }
  const gcs = events.filter((e) => onThread(e) && GC.has(e.name)).map((e) => ({ name: e.name, ts: e.ts, dur: e.dur }));
  return { marks, tasks, gcs };
}

/**
 * Main-thread figures between `${mark}:start` and `${mark}:end` (ms): longest task by wall time
 * and longest by thread (CPU) time — under load from other processes a task's wall time includes
 * time the thread waited for a CPU — busy time (sum over the tasks overlapping the window, counted whole), number of
 * tasks, GC time inside the window and inside its longest task. `undefined` when the marks are missing.
 */
export function windowFigures(index, mark) {
  const start = index.marks.get(`${mark}:start`);
  const end = index.marks.get(`${mark}:end`);
  if (start === undefined || end === undefined) return undefined;
  const inWindow = index.tasks.filter((t) => t.ts < end && t.ts + t.dur > start);
  const longest = inWindow.reduce((a, t) => (t.dur > a.dur ? t : a), { ts: 0, dur: 0, tdur: 0 });
  const longestCpu = inWindow.reduce((a, t) => Math.max(a, t.tdur), 0);
  const gcs = index.gcs.filter((g) => g.ts >= start && g.ts < end && (g.name === 'MinorGC' || g.name === 'MajorGC'));
  const ms = (us) => Math.round(us / 100) / 10;
  return {
    tasks: inWindow.length,
    longestTaskMs: ms(longest.dur),
    longestTaskCpuMs: ms(longestCpu),
    busyMs: ms(inWindow.reduce((s, t) => s + t.dur, 0)),
    busyCpuMs: ms(inWindow.reduce((s, t) => s + t.tdur, 0)),
    windowMs: ms(end - start),
    gcMs: ms(gcs.reduce((s, g) => s + g.dur, 0)),
    gcInLongestTaskMs: ms(gcs.filter((g) => g.ts >= longest.ts && g.ts < longest.ts + longest.dur).reduce((s, g) => s + g.dur, 0))
  };
}
