import type { DiffMarkerKind } from '../../../../bpmn/modules/diff-markers/diffMarkerKinds';
import { DIFF_MARKERS } from '../../../../bpmn/modules/diff-markers/diffMarkerKinds';
import type { Deviation, DeviationKind, SollDeviationReport } from '../../../../domain/compare/views/compareToSoll';

/**
 * A district against the SOLL as the page shows it: deviations grouped by kind, and the markers
 * and badges for the district's diagram (extra steps, order and role differences; missing SOLL
 * steps have nothing to mark on the IST and are only listed). Pure.
 */
export type DeviationGroups = Record<DeviationKind, Deviation[]>;

/** Deviations by kind, in the report's order. */
export function groupDeviations(report: SollDeviationReport): DeviationGroups {
  const groups: DeviationGroups = { missing: [], extra: [], order: [], role: [] };
  for (const d of report.deviations) groups[d.kind].push(d);
  return groups;
}

const MARKER: Record<Exclude<DeviationKind, 'missing'>, DiffMarkerKind> = { extra: 'extra', order: 'order', role: 'role' };

/** Markers and badges on the district's diagram. */
export function deviationMarkers(report: SollDeviationReport): { markers: Map<string, DiffMarkerKind[]>; badges: Map<string, string> } {
  const markers = new Map<string, DiffMarkerKind[]>();
  for (const d of report.deviations) {
    if (d.kind === 'missing') continue;
    for (const id of d.elementIds) {
      const list = markers.get(id) ?? [];
      if (!list.includes(MARKER[d.kind])) list.push(MARKER[d.kind]);
      markers.set(id, list);
    }
  }
  const badges = new Map([...markers].map(([id, kinds]) => [id, kinds.map((k) => DIFF_MARKERS[k].label).join(' · ')]));
  return { markers, badges };
}

/** Coverage in whole percent. */
export function coveragePct(report: SollDeviationReport): number {
  return Math.round(report.coverage * 100);
}
