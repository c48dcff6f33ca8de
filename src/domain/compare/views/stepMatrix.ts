import type { ProcessGraph } from '../../model/processGraph';
import type { MessageDirection } from '../matching/matchable';
import type { CompareVariant, MatchResult, Step } from '../matching/matchTypes';
import { MEDIUM_LABELS } from '../../model/gpmAttributes';

/**
 * The steps × variants matrix: rows are steps with a canonical name, columns are variants; a cell
 * holds the local label, role, IT systems and medium of the variant's activity (or activities, for a
 * split); an empty cell (null) is a gap.
 */
/** What a variant does in a step. */
export interface MatrixCell {
  elementIds: string[];
  labels: string[];
  roles: string[];
  itSysteme: string[];
  /** German medium labels (digital, Papier, hybrid). */
  media: string[];
  /** Mean confidence of the memberships. */
  confidence: number;
  /** More than one activity of this variant (1:n). */
  split: boolean;
  confirmed: boolean;
  /** The variant has the step only as a message event (receives or sends without a task, see `matching/matchable.ts`). */
  event?: MessageDirection;
}

/** A step's row in the matrix. */
export interface MatrixRow {
  stepId: string;
  name: string;
  /** Variants having the step. */
  support: number;
  /** support / number of variants. */
  supportShare: number;
  confirmed: boolean;
  confidence: number;
  /** One cell per column, null = the variant lacks the step. */
  cells: Array<MatrixCell | null>;
}

/** A variant's column in the matrix. */
export interface MatrixColumn {
  variantId: string;
  name: string;
  modellart: 'IST' | 'SOLL';
}

/** The matrix: columns (variants) and rows (steps). */
export interface StepMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** Row orders of the matrix. */
export type MatrixSort = 'order' | 'support' | 'name' | 'confidence';

/** Build the matrix; rows in consensus order unless sorted otherwise (ties keep consensus order). */
export function buildStepMatrix(result: MatchResult, variants: readonly CompareVariant[], sort: MatrixSort = 'order'): StepMatrix {
  const graphs = new Map<string, ProcessGraph>(variants.map((v) => [v.id, v.graph]));
  const columns: MatrixColumn[] = result.variants.map((v) => ({ variantId: v.id, name: v.name, modellart: v.modellart }));
  const rows = result.steps.map((step) => buildRow(step, columns, graphs));
  const n = Math.max(1, columns.length);
  rows.forEach((r) => (r.supportShare = Math.round((r.support / n) * 1000) / 1000));
  return { columns, rows: sortRows(rows, sort) };
}

/** Re-sort matrix rows (stable: ties keep their current order). */
export function sortRows(rows: MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const indexed = rows.map((r, i) => ({ r, i }));
  const by: Record<MatrixSort, (a: MatrixRow, b: MatrixRow) => number> = {
    order: () => 0,
    support: (a, b) => b.support - a.support,
    name: (a, b) => a.name.localeCompare(b.name, 'de'),
    confidence: (a, b) => a.confidence - b.confidence
  };
  return indexed.sort((x, y) => by[sort](x.r, y.r) || x.i - y.i).map((x) => x.r);
}

function buildRow(step: Step, columns: MatrixColumn[], graphs: Map<string, ProcessGraph>): MatrixRow {
  const cells = columns.map((col): MatrixCell | null => {
    const members = step.members.filter((m) => m.variantId === col.variantId);
    if (members.length === 0) return null;
    const graph = graphs.get(col.variantId);
    const nodes = members.map((m) => graph?.nodes.find((n) => n.id === m.elementId));
    const uniq = (xs: Array<string | undefined>) => [...new Set(xs.filter((x): x is string => !!x))];
    return {
      elementIds: members.map((m) => m.elementId),
      labels: members.map((m) => m.label),
      roles: uniq(members.map((m) => m.role)),
      itSysteme: uniq(nodes.flatMap((n) => n?.attributes?.itSysteme ?? [])),
      media: uniq(nodes.map((n) => (n?.attributes?.medium ? MEDIUM_LABELS[n.attributes.medium] : undefined))),
      confidence: Math.round((members.reduce((s, m) => s + m.confidence, 0) / members.length) * 1000) / 1000,
      split: members.length > 1,
      confirmed: members.every((m) => m.confirmed),
      ...(members.every((m) => m.event) ? { event: members[0].event } : {})
    };
  });
  return { stepId: step.id, name: step.name, support: step.support, supportShare: 0, confirmed: step.confirmed, confidence: step.confidence, cells };
}

/** A cell's labels as one text for exports: „A + B“, marked when the variant has the step only as a message event. */
export function cellLabels(cell: MatrixCell): string {
  const text = cell.labels.join(' + ');
  return cell.event ? `${text} (Nachrichtenereignis)` : text;
}
