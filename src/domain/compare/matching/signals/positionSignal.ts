import type { MatchSignal } from './matchSignal';

/** Position in the flow: steps at the same relative place (start … end) are more likely the same. */
export const positionSignal: MatchSignal = {
  id: 'position',
  title: 'Position im Ablauf',
  kind: 'context',
  score: (a, b) => 1 - Math.abs(a.position - b.position)
};
