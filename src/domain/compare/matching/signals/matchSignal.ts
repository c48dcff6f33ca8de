import type { ActivityProfile, ProfileSet } from '../buildProfiles';
import type { MatchParams } from '../matchParams';

/**
 * A matcher signal: one kind of evidence that two activities of different variants are the same
 * step. Add a signal by writing a file that implements this interface and adding one line to
 * `signalRegistry.ts`; its weight comes from `MatchParams.signalWeights[id]`.
 *
 * The label signal is the base score; every other signal is context and moves the base score up
 * or down by at most its weight: combined = label + Σ weight · (2 · evidence − 1), evidence 0.5
 * being neutral. Context never creates a match on its own: it raises the score only when the
 * label similarity reaches `MatchParams.contextFloor` (or the signal's own `raisesFrom`).
 */
export interface MatchSignal {
  /** Stable id, the key of its weight in `MatchParams.signalWeights`. */
  id: string;
  /** German name shown in explanations. */
  title: string;
  /** `base` = the label similarity; `context` = a correction of it. */
  kind: 'base' | 'context';
  /**
   * Label similarity from which this context signal may raise a score (default
   * `MatchParams.contextFloor`); a signal with its own guard against false matches may go lower.
   */
  raisesFrom?: number;
  /** Evidence in [0, 1] (0.5 = neutral), or undefined when the signal has nothing to say. */
  score(a: ActivityProfile, b: ActivityProfile, context: SignalContext): number | undefined;
}

/** What a signal may consult besides the two profiles. */
export interface SignalContext {
  set: ProfileSet;
  params: MatchParams;
  /** Label similarity of two activities (0 when not a candidate pair). */
  labelScore(a: number, b: number): number;
  /** The best label similarity of activity `a` to any activity of variant `variantIndex`. */
  bestLabelScore(a: number, variantIndex: number): number;
  /** Does any activity of the variant use this (interned) term? */
  variantHasTerm(variantIndex: number, termId: number): boolean;
}
