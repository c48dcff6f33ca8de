import { preparedSimilarity } from '../../text/labelSimilarity';
import type { MatchSignal } from './matchSignal';

/**
 * Label similarity: stems, compounds, nominal/verbal phrasing, synonyms (OpenThesaurus, WordNet)
 * and spelling variants, weighted by how rare a word is across all variants.
 */
export const labelSignal: MatchSignal = {
  id: 'label',
  title: 'Beschriftung',
  kind: 'base',
  score: (a, b, context) => preparedSimilarity(a.prepared, b.prepared, context.set.relate, context.params.label)
};
