import type { Lexicon } from './lexicon';
import { foldForStem, germanStem } from './germanStem';

/**
 * Greedy German compound splitting against a vocabulary (the lexicon plus the words of the
 * labels being compared): "Antragsprüfung" = Antrag + Prüfung, "Gebührenbescheid" =
 * Gebühr + Bescheid. The longest known head wins; the modifier may carry a linking element
 * (-s-, -es-, -n-, -en-, -e-, -er-, -ns-) and may itself be a compound. Words shorter than 7
 * letters and words without a split into known parts stay whole.
 */

const LINKERS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'];
const MIN_PART = 3;
/** Particles that form derived words, not compounds ("Unterlagen" is not unter + Lagen). */
const PREFIX_PARTICLES = new Set([
  'unter', 'uber', 'hinter', 'wider', 'gegen', 'durch', 'neben', 'vor', 'nach', 'aus', 'ein', 'auf', 'mit', 'zu',
  'ab', 'an', 'um', 'bei', 'ent', 'ver', 'zer', 'miss', 'fort', 'weg', 'her', 'hin', 'los', 'voll', 'wieder', 'zuruck',
  'heraus', 'hinaus', 'herein', 'voran', 'vorab', 'zusammen', 'ruck', 'ober', 'nieder'
]);

/** Extra words known in this comparison (folded with `foldForStem`). */
export type CorpusWords = ReadonlySet<string>;

function isKnownModifier(part: string, lexicon: Lexicon, corpus: CorpusWords): boolean {
  if (part.length < MIN_PART || PREFIX_PARTICLES.has(part)) return false;
  if (lexicon.isGermanWord(part) || corpus.has(part)) return true;
  if (lexicon.isGermanWord(part + 'e') || corpus.has(part + 'e')) return true; // Schul-anmeldung
  return part.length >= 4 && lexicon.isGermanStem(germanStem(part)) && lexicon.isGermanWord(part + 'en');
}

function isKnownHead(part: string, lexicon: Lexicon, corpus: CorpusWords): boolean {
  if (part.length < MIN_PART) return false;
  // three-letter heads ("Ren" in Gebühren) only when they are everyday admin words ("Amt")
  if (part.length === MIN_PART && !lexicon.isAdminWord(part) && !corpus.has(part)) return false;
  if (lexicon.isGermanWord(part) || corpus.has(part)) return true;
  // inflected heads (…prüfungen, …bescheides): known by stem, but only for longer parts
  return part.length >= 5 && lexicon.isGermanStem(germanStem(part));
}

/**
 * Split a German word into its parts (folded, in order). Returns `[word]` when no split is
 * found. Memoised per call through `memo`.
 */
export function splitCompound(word: string, lexicon: Lexicon, corpus: CorpusWords, memo = new Map<string, string[]>()): string[] {
  const folded = foldForStem(word);
  // verbs are not compounds ("versenden" is not Vers + enden); separable verbs stay whole too
  if (/(en|ern|eln)$/.test(folded) && lexicon.isGermanVerbStem(germanStem(folded))) return [folded];
  // present participles used as adjectives ("Fehlende" is not Fehl + Ende)
  const participle = /^(.{3,}?)(end|ende|enden|endem|ender|endes)$/.exec(folded);
  if (participle && lexicon.isGermanVerbStem(germanStem(participle[1] + 'en'))) return [folded];
  const parts = splitFolded(folded, lexicon, corpus, memo, 0);
  // a known word is only taken apart into substantial parts ("Gebühren" is not Gebüh + Ren);
  // known means the lexicon knows it: every word of the compared labels is in the corpus
  const known = lexicon.isGermanWord(folded) || lexicon.isGermanStem(germanStem(folded));
  if (known && parts.some((p) => p.length < 5 && !lexicon.isAdminWord(p))) return [folded];
  return parts;
}

function splitFolded(w: string, lexicon: Lexicon, corpus: CorpusWords, memo: Map<string, string[]>, depth: number): string[] {
  if (w.length < 7 || depth > 3) return [w];
  const hit = memo.get(w);
  if (hit) return hit;
  let result: string[] = [w];
  // 1. heads from longest to shortest
  for (let start = MIN_PART; start <= w.length - MIN_PART; start++) {
    const head = w.slice(start);
    if (!isKnownHead(head, lexicon, corpus)) continue;
    // 2. modifier, with or without a linking element
    const left = w.slice(0, start);
    let found: string[] | undefined;
    for (const linker of LINKERS) {
      if (linker && !left.endsWith(linker)) continue;
      const modifier = left.slice(0, left.length - linker.length);
      if (isKnownModifier(modifier, lexicon, corpus)) {
        found = [modifier, head];
        break;
      }
      // 3. the modifier may itself be a compound
      const inner = splitFolded(modifier, lexicon, corpus, memo, depth + 1);
      if (inner.length > 1) {
        found = [...inner, head];
        break;
      }
    }
    if (found) {
      result = found;
      break;
    }
  }
  memo.set(w, result);
  return result;
}
