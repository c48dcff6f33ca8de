import type { ActivityProfile, ProfileSet } from '../buildProfiles';

/**
 * A matcher signal: one kind of evidence that two activities of different variants are the same
 * step. Add a signal by writing a file that implements this interface and adding one line to
 * `signalRegistry.ts`; its weight comes from `MatchParams.signalWeights[id]`.
 *
 * The label signal is the base score; every other signal is context and moves the base score up
 * or down by at most its weight: combined = label + Σ weight · (2 · evidence − 1), evidence 0.5
 * being neutral. Context never creates a match on its own: it raises the score only when the
 * label similarity reaches `MatchParams.contextFloor`.
 */
export interface MatchSignal {
  /** Stable id, the key of its weight in `MatchParams.signalWeights`. */
  id: string;
  /** German name shown in explanations. */
  title: string;
  /** `base` = the label similarity; `context` = a correction of it. */
  kind: 'base' | 'context';
  /** Evidence in [0, 1] (0.5 = neutral), or undefined when the signal has nothing to say. */
  score(a: ActivityProfile, b: ActivityProfile, context: SignalContext): number | undefined;
}

/** What a signal may consult besides the two profiles. */
export interface SignalContext {
  set: ProfileSet;
  /** Label similarity of two activities (0 when not a candidate pair). */
  labelScore(a: number, b: number): number;
}
