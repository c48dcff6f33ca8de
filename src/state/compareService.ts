import type { ComparisonResult } from '../domain/compare/compareVariants';
import type { StepDecision } from '../domain/compare/decisions/stepDecision';
import type { RevisionDiff } from '../domain/compare/views/diffRevisions';
import type { MatchExplanation } from '../domain/compare/matching/explainMatch';
import type { ActivityRef } from '../domain/compare/matching/matchTypes';
import type { Modellart } from '../domain/model/gpmAttributes';
import type { ProcessGraph } from '../domain/model/processGraph';
import type { ProcessSpec } from '../domain/model/processSpec';
import type { AppError } from '../shared/errors';

/**
 * What the compare slice needs from the outside world: parse + compare off the main thread
 * (latest wins), diff two revisions, and turn a SOLL proposal into BPMN XML. The composition root
 * builds it (`src/app/compareServices.ts`); the store only knows these types.
 */

/** One variant to compare: library id, column name (the district), IST/SOLL and its current XML. */
export interface CompareVariantInput {
  id: string;
  name: string;
  modellart: Modellart;
  xml: string;
}

/** A variant left out because its XML could not be read. */
export interface FailedCompareVariant {
  variantId: string;
  name: string;
  error: AppError;
}

/** Where a running comparison is. */
export interface CompareProgressInfo {
  phase: 'parse' | 'match';
  done: number;
  total: number;
}

/** A finished comparison with the graphs it was computed from (for side-by-side, SOLL proposal). */
export interface CompareRun {
  result: ComparisonResult;
  graphs: Record<string, ProcessGraph>;
  failed: FailedCompareVariant[];
  parseMs: number;
  compareMs: number;
}

/** How a `compare` call ended: done, overtaken by a newer call, or failed (German message). */
export type CompareOutcome =
  | { status: 'done'; run: CompareRun }
  | { status: 'superseded' }
  | { status: 'failed'; message: string; error?: AppError; failed: FailedCompareVariant[] };

/** Two revisions of one variant, diffed, with both graphs. */
export interface RevisionDiffRun {
  diff: RevisionDiff;
  before: ProcessGraph;
  after: ProcessGraph;
}

/** The comparison service. */
/** Explanations of one activity against others (null for an unknown one), or a German message. */
export type ExplainAnswer = { ok: true; value: Array<MatchExplanation | null> } | { ok: false; message: string };

export interface CompareService {
  /** Parse and compare; a newer call overtakes an older one (`superseded`). Never rejects. */
  compare(
    input: { variants: CompareVariantInput[]; decisions: StepDecision[]; /** '' = compare without a SOLL; absent = automatic. */ sollId?: string },
    onProgress?: (progress: CompareProgressInfo) => void
  ): Promise<CompareOutcome>;
  /** Diff two revisions of one variant (XML in, element changes out). Never rejects. */
  diffRevisions(before: { xml: string; name: string }, after: { xml: string; name: string }): Promise<{ ok: true; value: RevisionDiffRun } | { ok: false; message: string }>;
  /**
   * Why activity `a` is (not) one step with each of `others`, scored in the context of the last
   * comparison (one entry per other; null when an activity is unknown). Never rejects.
   */
  explain(a: ActivityRef, others: ActivityRef[]): Promise<ExplainAnswer>;
  /** Start the worker and load what matching needs, ahead of the first comparison (optional). */
  warmUp?(): void;
  /** BPMN XML with diagram (pool, lanes, layout) for a process description. */
  buildProcessXml(spec: ProcessSpec): Promise<string>;
}
