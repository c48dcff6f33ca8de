import type { CompareVariant, MatchResult } from '../matching/matchTypes';
import { flowOrder } from '../matching/flowOrder';
import { indexSteps } from './stepIndex';

/**
 * Similarity of every two variants, from the matching:
 * - shared steps S = |steps(A) ∩ steps(B)| / |steps(A) ∪ steps(B)| (Jaccard over steps);
 * - structure T = Jaccard over the direct successions "step x is followed by step y" of both
 *   variants (their sequence flows, looking through gateways and events);
 * - order O = share of the pairs of shared steps that both variants run in the same order
 *   (Kendall-style agreement; 1 with fewer than two shared steps);
 * - similarity = 0.5 · S + 0.25 · T + 0.25 · O.
 * Two variants without activities have similarity 1 to each other and 0 to the rest.
 */
/** Similarity of two variants and its three components. */
export interface SimilarityCell {
  similarity: number;
  sharedSteps: number;
  structure: number;
  order: number;
  /** Number of steps both have. */
  sharedCount: number;
}

/** The similarity of every two variants, with the measure explained. */
export interface SimilarityMatrix {
  variantIds: string[];
  names: string[];
  /** cells[i][j], symmetric, 1 on the diagonal. */
  cells: SimilarityCell[][];
  /** German explanation of the measure, for the heatmap's legend. */
  explanation: string;
}

/** The German explanation shown with the heatmap. */
export const SIMILARITY_EXPLANATION =
  'Ähnlichkeit = 50 % gemeinsame Schritte (Anteil an allen Schritten beider Varianten) + 25 % Struktur (gemeinsame direkte Abfolgen „Schritt X, dann Schritt Y“) + 25 % Reihenfolge (Anteil der Schrittpaare, die beide Varianten in derselben Reihenfolge ausführen).';

/** Compute the similarity matrix of all variants. */
export function variantSimilarity(result: MatchResult, variants: readonly CompareVariant[]): SimilarityMatrix {
  const index = indexSteps(result);
  const graphs = new Map(variants.map((v) => [v.id, v.graph]));
  const ids = result.variants.map((v) => v.id);
  const stepSets = ids.map((id) => new Set(index.stepsOf(id).map((s) => s.id)));
  const successions = ids.map((id) => {
    const set = new Set<string>();
    const graph = graphs.get(id);
    if (!graph) return set;
    const flow = flowOrder(graph);
    for (const [a, succ] of flow.successors) {
      const sa = index.stepOf.get(`${id}::${a}`);
      for (const b of succ) {
        const sb = index.stepOf.get(`${id}::${b}`);
        if (sa && sb && sa.id !== sb.id) set.add(`${sa.id}\u0001${sb.id}`);
      }
    }
    return set;
  });
  const cells = ids.map((_, i) =>
    ids.map((__, j): SimilarityCell => {
      if (i === j || (stepSets[i].size === 0 && stepSets[j].size === 0)) {
        return { similarity: 1, sharedSteps: 1, structure: 1, order: 1, sharedCount: stepSets[i].size };
      }
      const shared = [...stepSets[i]].filter((s) => stepSets[j].has(s));
      const sharedSteps = jaccard(stepSets[i], stepSets[j]);
      const structure = jaccard(successions[i], successions[j]);
      let agree = 0;
      let total = 0;
      for (let x = 0; x < shared.length; x++) {
        for (let y = x + 1; y < shared.length; y++) {
          const di = index.rankIn(ids[i], shared[x])! - index.rankIn(ids[i], shared[y])!;
          const dj = index.rankIn(ids[j], shared[x])! - index.rankIn(ids[j], shared[y])!;
          total++;
          if (Math.sign(di) === Math.sign(dj)) agree++;
        }
      }
      const order = total ? agree / total : shared.length ? 1 : 0;
      const similarity = 0.5 * sharedSteps + 0.25 * structure + 0.25 * order;
      return { similarity: r3(similarity), sharedSteps: r3(sharedSteps), structure: r3(structure), order: r3(order), sharedCount: shared.length };
    })
  );
  return { variantIds: ids, names: result.variants.map((v) => v.name), cells, explanation: SIMILARITY_EXPLANATION };
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
