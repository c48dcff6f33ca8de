import type { Language } from './detectLanguage';
import type { Lexicon } from './lexicon';

/**
 * How closely two terms (stems) are related: 1 for the same stem, `DERIVED` for an English
 * derivation WordNet knows and Porter stemming misses ("admission" / "admit"), `SYNONYM` for
 * thesaurus synonyms (English: also a synonym of the other word's derivation, "assessment" /
 * "evaluate"), `FUZZY` for spelling variants (typos, prefixed forms "immatrikulieren" /
 * "matrikulieren") and English verbs with and without a particle ("fill_out" / "fill"), 0
 * otherwise. Terms of different languages relate only when identical.
 */
/** Relation of derivationally linked English words (German derivations share their stem). */
export const DERIVED = 0.9;
/** Relation of synonyms. */
export const SYNONYM = 0.85;
/** Relation of spelling variants and words with the same head. */
export const FUZZY = 0.7;

/** Relation strength of two stems in [0, 1]. */
export function termRelation(a: string, b: string, langA: Language, langB: Language, lexicon: Lexicon): number {
  if (a === b) return 1;
  if (langA !== langB) return 0;
  if (langA === 'en') {
    const r = englishRelation(a, b, lexicon);
    if (r > 0) return r;
  } else {
    // 1. synonyms: a shared synset
    const sa = lexicon.germanSynsets(a);
    if (sa.length) {
      const sb = lexicon.germanSynsets(b);
      for (const x of sa) if (sb.includes(x)) return SYNONYM;
    }
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

/** English: derivation, shared synset (directly or through one derivation), same verb with a particle. */
function englishRelation(a: string, b: string, lexicon: Lexicon): number {
  const da = lexicon.englishDerived(a);
  if (da.includes(b)) return DERIVED;
  const sa = lexicon.englishSynsets(a);
  const sb = lexicon.englishSynsets(b);
  if (shares(sa, sb)) return SYNONYM;
  for (const d of da) if (shares(lexicon.englishSynsets(d), sb)) return SYNONYM;
  for (const d of lexicon.englishDerived(b)) if (shares(sa, lexicon.englishSynsets(d))) return SYNONYM;
  if ((a.includes('_') || b.includes('_')) && a.split('_')[0] === b.split('_')[0]) return FUZZY;
  return 0;
}

function shares(x: readonly number[], y: readonly number[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  for (const v of x) if (y.includes(v)) return true;
  return false;
}
