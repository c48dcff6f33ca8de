import type { Language } from './detectLanguage';
import type { Lexicon } from './lexicon';

/**
 * How closely two terms (stems) are related: 1 for the same stem, `SYNONYM` for thesaurus
 * synonyms, `FUZZY` for spelling variants (typos, prefixed forms "immatrikulieren" /
 * "matrikulieren"), 0 otherwise. Terms of different languages relate only when identical.
 */
/** Relation of synonyms. */
export const SYNONYM = 0.85;
/** Relation of spelling variants and words with the same head. */
export const FUZZY = 0.7;

/** Relation strength of two stems in [0, 1]. */
export function termRelation(a: string, b: string, langA: Language, langB: Language, lexicon: Lexicon): number {
  if (a === b) return 1;
  if (langA !== langB) return 0;
  // 1. synonyms: a shared synset
  const sa = langA === 'de' ? lexicon.germanSynsets(a) : lexicon.englishSynsets(a);
  if (sa.length) {
    const sb = langB === 'de' ? lexicon.germanSynsets(b) : lexicon.englishSynsets(b);
    for (const x of sa) if (sb.includes(x)) return SYNONYM;
  }
  // 2. spelling variants of longer stems
  if (a.length >= 5 && b.length >= 5 && isSpellingVariant(a, b)) return FUZZY;
  return 0;
}

function isSpellingVariant(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // a prefixed form that keeps most of the word ("matricul" in "immatricul")
  if (long.length - short.length <= 2 && short.length >= 6 && (long.endsWith(short) || long.startsWith(short))) return true;
  // the same head with a prefix or modifier ("gegenzeichnen" / "zeichnen", "Neuberechnung" / "Berechnung")
  if (short.length >= 5 && long.endsWith(short)) return true;
  // one typo (insertion, deletion, substitution or transposition) in a word of 7+ letters
  return short.length >= 7 && long.length - short.length <= 1 && damerauAtMostOne(short, long);
}

function damerauAtMostOne(a: string, b: string): boolean {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i) === b.slice(i + 1); // insertion into a
}
