import { GERMAN_ABBREVIATIONS } from '../data/germanAbbreviations';
import { foldWord, tokenize } from './normalizeText';
import { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS } from './stopWords';

/**
 * Role (lane) names compared as consultants read them: abbreviations expanded ("SB" =
 * "Sachbearbeitung"), case and umlauts folded, and a more specific name counts as the same role
 * ("Sachbearbeitung Wohngeld" = "Sachbearbeitung").
 */

/** The meaningful words of a role name (folded, abbreviations expanded). */
export function roleWords(role: string): string[] {
  const words: string[] = [];
  for (const t of tokenize(role)) {
    const long = GERMAN_ABBREVIATIONS[t.text.toLowerCase()];
    for (const part of tokenize(long ?? t.text)) {
      const w = foldWord(part.text);
      if (w.length > 1 && !GERMAN_STOP_WORDS.has(w) && !ENGLISH_STOP_WORDS.has(w)) words.push(w);
    }
  }
  return words;
}

/** Do two role names name the same role (equal, or one's words contained in the other's)? */
export function sameRole(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const wa = roleWords(a);
  const wb = roleWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [small, large] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return small.every((w) => large.has(w));
}
