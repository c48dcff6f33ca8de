/** A Chromium trace event (the fields the bench reads). */
export interface TraceEvent {
  cat?: string;
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: unknown;
}
export interface TraceIndex {
  marks: Map<string, number>;
  tasks: Array<{ ts: number; dur: number; tdur: number }>;
  gcs: Array<{ name: string; ts: number; dur: number }>;
}
export interface WindowFigures {
  tasks: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  busyMs: number;
  busyCpuMs: number;
  windowMs: number;
  gcMs: number;
  gcInLongestTaskMs: number;
}
/** Categories: tasks with thread time, our marks, thread names; `withGc` adds V8's GC events. */
export function traceCategories(withGc: boolean): string[];
/** Start tracing on a CDP session; `stop()` resolves with all events. */
export function startTrace(cdp: unknown, categories: string[]): Promise<{ stop(): Promise<TraceEvent[]> }>;
/** Index a trace: marks by name and the top-level tasks and GC events of the thread that set the marks. */
export function indexTrace(events: readonly TraceEvent[], markPrefix?: string): TraceIndex;
/** Main-thread figures between `${mark}:start` and `${mark}:end` (ms); undefined when a mark is missing. */
export function windowFigures(index: TraceIndex, mark: string): WindowFigures | undefined;
