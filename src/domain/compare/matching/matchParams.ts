import { DEFAULT_LABEL_PARAMS, type LabelSimilarityParams } from '../text/labelSimilarity';

/**
 * The one configuration of the matcher (no per-pair or per-dataset tuning). Thresholds are on
 * the combined pair score in [0, 1].
 */
export interface MatchParams {
  label: LabelSimilarityParams;
  /** Pairs below this label similarity get no context bonus and are not candidates. */
  candidateFloor: number;
  /** Context may raise a pair's score only when its label similarity reaches this (it may always lower it). */
  contextFloor: number;
  /**
   * Below `contextFloor` but from here, context may still raise a pair whose differing words are
   * used nowhere else in the other variant ("Wait for results" / "Waiting for response"), but not
   * one whose difference is a real other object ("Bescheid erstellen" / "Akte anlegen" when the
   * other variant has a "Bescheid" step).
   */
  weakContextFloor: number;
  /** Minimum combined score of a pair to start or extend a step. */
  threshold: number;
  /** Minimum average score between two groups to merge them (average linkage). */
  linkage: number;
  /** Minimum average score of an extra activity to the other variants' members of a step (1:n). */
  splitThreshold: number;
  /** Exponent on inverse document frequency of terms (0 = all terms equal, 1 = plain idf). */
  idfExponent: number;
  /** Weights of the context signals, by signal id (label similarity is the base). */
  signalWeights: Record<string, number>;
}

/** The defaults: used by the UI, the CLI and every benchmark. */
export const DEFAULT_MATCH_PARAMS: MatchParams = {
  label: DEFAULT_LABEL_PARAMS,
  candidateFloor: 0.2,
  contextFloor: 0.35,
  weakContextFloor: 0.25,
  threshold: 0.5,
  linkage: 0.4,
  splitThreshold: 0.45,
  idfExponent: 1,
  signalWeights: { neighbours: 0.1, role: 0.1, position: 0.1, mutualBest: 0.15 }
};
