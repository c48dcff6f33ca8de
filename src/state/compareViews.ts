import type { CompareVariant, MemberKey, Step } from '../domain/compare/matching/matchTypes';
import { proposeSoll, type SollProposal } from '../domain/compare/soll/proposeSoll';
import { sideBySide, type SideBySide } from '../domain/compare/views/sideBySide';
import { sortRows, type MatrixRow, type MatrixSort } from '../domain/compare/views/stepMatrix';
import type { CompareRun } from './compareService';

/**
 * Views computed on the main thread from a finished comparison — all cheap (linear or, for the
 * SOLL proposal, quadratic in the number of steps): the page calls them inside `useMemo`.
 */

/** The compared variants with their graphs, in column order. */
export function compareVariantsOf(run: CompareRun): CompareVariant[] {
  return run.result.match.variants.filter((v) => run.graphs[v.id]).map((v) => ({ id: v.id, name: v.name, modellart: v.modellart, graph: run.graphs[v.id] }));
}

/** Steps by id. */
export function stepsById(run: CompareRun): Map<string, Step> {
  return new Map(run.result.match.steps.map((s) => [s.id, s]));
}

/** The label of an activity by member key (for decision texts). */
export function labelLookup(run: CompareRun | undefined): (key: MemberKey) => string | undefined {
  const labels = new Map<string, string>();
  for (const s of run?.result.match.steps ?? []) for (const m of s.members) labels.set(`${m.variantId}::${m.elementId}`, m.label);
  return (key) => labels.get(key);
}

/** Matrix rows in the wanted order (the worker builds them in consensus order; ties keep it). */
export function sortMatrixRows(rows: readonly MatrixRow[], sort: MatrixSort): readonly MatrixRow[] {
  return sort === 'order' ? rows : sortRows([...rows], sort);
}

/** Two variants side by side; undefined unless both take part. */
export function sideBySideOf(run: CompareRun, leftId: string, rightId: string): SideBySide | undefined {
  const ids = new Set(run.result.match.variants.map((v) => v.id));
  if (!ids.has(leftId) || !ids.has(rightId) || leftId === rightId) return undefined;
  return sideBySide(run.result.match, compareVariantsOf(run), leftId, rightId);
}

/** The SOLL proposal for "at least k of n variants". */
export function sollProposalOf(run: CompareRun, minSupport: number, name: string): SollProposal {
  return proposeSoll(run.result.match, compareVariantsOf(run), { minSupport, name });
}

/** The variants that vote in the SOLL proposal (the IST variants, or all when there is none). */
export function votingCount(run: CompareRun): number {
  const ist = run.result.match.variants.filter((v) => v.modellart === 'IST').length;
  return ist || run.result.match.variants.length;
}
