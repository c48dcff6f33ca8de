import type { MatchSignal } from './matchSignal';

/**
 * Neighbouring steps: two activities whose predecessors (and successors) match are more likely
 * the same step. Evidence = 0.5 + 0.5 · mean over the sides where both have neighbours of the best
 * label similarity between a neighbour of one and a neighbour of the other: only support, never
 * evidence against, because districts insert their own steps between shared ones.
 */
export const neighbourSignal: MatchSignal = {
  id: 'neighbours',
  title: 'Nachbarschritte',
  kind: 'context',
  score: (a, b, context) => {
    const parts: number[] = [];
    for (const [na, nb] of [
      [a.predecessors, b.predecessors],
      [a.successors, b.successors]
    ] as const) {
      if (na.length === 0 || nb.length === 0) continue;
      let best = 0;
      for (const x of na) for (const y of nb) best = Math.max(best, context.labelScore(x, y));
      parts.push(best);
    }
    if (parts.length === 0) return undefined;
    const mean = parts.reduce((s, v) => s + v, 0) / parts.length;
    return 0.5 + 0.5 * mean; // matched neighbours support a match; different ones say nothing (districts insert steps)
  }
};
