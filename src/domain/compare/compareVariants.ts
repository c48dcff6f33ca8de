import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { applyDecisions, type AppliedDecision } from './decisions/applyDecisions';
import { decisionLog, type DecisionLogEntry } from './decisions/describeDecision';
import type { StepDecision } from './decisions/stepDecision';
import { matchVariants, type MatchOptions } from './matching/matchVariants';
import type { CompareVariant, MatchResult } from './matching/matchTypes';
import { MESSAGES } from './messages';
import { compareToSoll, type SollDeviationReport } from './views/compareToSoll';
import { buildStepMatrix, type MatrixSort, type StepMatrix } from './views/stepMatrix';
import { variantSimilarity, type SimilarityMatrix } from './views/variantSimilarity';

/**
 * The whole comparison of a process's variants in one call (what the worker and `gpm compare`
 * run): matching, the consultants' decisions on top, the matrix, the similarity heatmap data and
 * every IST variant's deviations from the SOLL.
 */
export interface CompareOptions extends MatchOptions {
  decisions?: readonly StepDecision[];
  /** The SOLL to compare against; default: the only variant whose modellart is SOLL. */
  sollId?: string;
  sort?: MatrixSort;
}

/** Everything a comparison view needs, as plain data. */
export interface ComparisonResult {
  match: MatchResult;
  applied: AppliedDecision[];
  log: DecisionLogEntry[];
  matrix: StepMatrix;
  similarity: SimilarityMatrix;
  sollId?: string;
  deviations: SollDeviationReport[];
  notes: string[];
}

/** Compare variants. Fails only with fewer than two variants. */
export function compareVariants(variants: readonly CompareVariant[], options: CompareOptions = {}): Result<ComparisonResult, AppError> {
  if (variants.length < 2) return err(appError('compare/too-few'));
  const raw = matchVariants(variants, options);
  const { result: match, applied } = applyDecisions(raw, options.decisions ?? []);
  const labels = new Map(match.steps.flatMap((s) => s.members.map((m) => [`${m.variantId}::${m.elementId}`, m.label] as [string, string])));
  const sollCandidates = match.variants.filter((v) => v.modellart === 'SOLL');
  const sollId = options.sollId ?? (sollCandidates.length === 1 ? sollCandidates[0].id : undefined);
  const deviations = sollId ? match.variants.filter((v) => v.id !== sollId).map((v) => compareToSoll(match, v.id, sollId)) : [];
  const notes = sollId ? match.notes : [...match.notes, MESSAGES.noSoll];
  return ok({
    match,
    applied,
    log: decisionLog(applied, (k) => labels.get(k)),
    matrix: buildStepMatrix(match, variants, options.sort),
    similarity: variantSimilarity(match, variants),
    sollId,
    deviations,
    notes
  });
}
