/**
 * The kinds of comparison markers, their CSS classes and the German legend. One list, so the
 * canvas, the legend and the lists beside the diagrams always use the same words and colours.
 */
export type DiffMarkerKind =
  | 'matched'
  | 'differs'
  | 'onlyLeft'
  | 'onlyRight'
  | 'added'
  | 'removed'
  | 'changed'
  | 'moved'
  | 'extra'
  | 'order'
  | 'role';

/** Legend entry of a marker kind. */
export interface DiffMarkerInfo {
  /** CSS class set on the element (`djs-element`). */
  className: string;
  /** Short German label (legend, badges). */
  label: string;
  /** German explanation (legend tooltip). */
  description: string;
}

/** Every marker kind with its class and German texts. */
export const DIFF_MARKERS: Record<DiffMarkerKind, DiffMarkerInfo> = {
  matched: { className: 'gpm-diff-matched', label: 'übereinstimmend', description: 'Gleicher Schritt, gleiche Beschriftung und Rolle auf beiden Seiten.' },
  differs: { className: 'gpm-diff-differs', label: 'abweichend', description: 'Gleicher Schritt, aber Beschriftung, Rolle, IT-System oder Medium weichen ab.' },
  onlyLeft: { className: 'gpm-diff-only-left', label: 'nur links', description: 'Diesen Schritt gibt es nur in der linken Variante.' },
  onlyRight: { className: 'gpm-diff-only-right', label: 'nur rechts', description: 'Diesen Schritt gibt es nur in der rechten Variante.' },
  added: { className: 'gpm-diff-added', label: 'hinzugefügt', description: 'Element ist in der neueren Version hinzugekommen.' },
  removed: { className: 'gpm-diff-removed', label: 'entfernt', description: 'Element gibt es in der neueren Version nicht mehr.' },
  changed: { className: 'gpm-diff-changed', label: 'geändert', description: 'Beschriftung, Typ, Lane, Attribute oder Verbindungen haben sich geändert.' },
  moved: { className: 'gpm-diff-moved', label: 'nur verschoben', description: 'Nur die Position im Diagramm hat sich geändert.' },
  extra: { className: 'gpm-diff-extra', label: 'zusätzlich', description: 'Schritt, den das SOLL nicht vorsieht.' },
  order: { className: 'gpm-diff-order', label: 'Reihenfolge', description: 'Schritt steht an anderer Stelle als im SOLL.' },
  role: { className: 'gpm-diff-role', label: 'Rolle', description: 'Schritt wird von einer anderen Rolle ausgeführt als im SOLL.' }
};

/** All marker classes (to remove them in one go). */
export const DIFF_MARKER_CLASSES: readonly string[] = Object.values(DIFF_MARKERS).map((m) => m.className);
