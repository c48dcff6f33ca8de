/**
 * What the lint markers show per element, as plain data, and the difference between two
 * states — so that an update touches only the elements whose marker changed.
 */
import type { Finding, Severity } from '../../../domain/model/finding';

/** Marker of one element: highest open severity, open and waived counts. */
export interface ElementMarker {
  /** Highest severity among open findings; undefined when all findings are waived. */
  severity?: Severity;
  open: number;
  waived: number;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Marker per element id (waived findings included unless `showWaived` is false); rule errors are about rules, not elements, and get no marker. */
export function computeMarkers(findings: readonly Finding[], options: { showWaived?: boolean } = {}): Map<string, ElementMarker> {
  const markers = new Map<string, ElementMarker>();
  for (const f of findings) {
    if (f.rule === 'rule-error') continue;
    if (f.waived && options.showWaived === false) continue;
    let m = markers.get(f.elementId);
    if (!m) {
      m = { open: 0, waived: 0 };
      markers.set(f.elementId, m);
    }
    if (f.waived) {
      m.waived++;
    } else {
      m.open++;
      if (!m.severity || RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
    }
  }
  return markers;
}

/** A stable key of a marker: equal keys need no redraw. */
export function markerKey(m: ElementMarker): string {
  return `${m.severity ?? 'waived'}:${m.open}:${m.waived}`;
}

/** Elements whose marker must be removed, and those whose marker must be (re)drawn. */
export interface MarkerDiff {
  removed: string[];
  changed: Array<[string, ElementMarker]>;
}

/** Compare the drawn markers (id → key) with the wanted ones. */
export function diffMarkers(drawn: ReadonlyMap<string, string>, wanted: ReadonlyMap<string, ElementMarker>): MarkerDiff {
  const removed: string[] = [];
  const changed: Array<[string, ElementMarker]> = [];
  for (const id of drawn.keys()) if (!wanted.has(id)) removed.push(id);
  for (const [id, m] of wanted) if (drawn.get(id) !== markerKey(m)) changed.push([id, m]);
  return { removed, changed };
}
