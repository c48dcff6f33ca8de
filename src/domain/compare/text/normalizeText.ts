/**
 * Text normalisation shared by every label analysis: case, umlaut and ß folding, punctuation.
 * Folding is ASCII (ä → ae, ß → ss) so that "Pruefung" typed without umlauts equals "Prüfung".
 */

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', è: 'e', à: 'a', á: 'a', ç: 'c', ñ: 'n' };

/** Lower-case a word and fold umlauts, ß and common accents to ASCII. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[äöüßéèàáçñ]/g, (ch) => FOLD[ch] ?? ch);
}

/** A token of a label: the original spelling and whether it started with a capital letter. */
export interface RawToken {
  text: string;
  /** First letter is upper-case (German nouns, or the first word of a label). */
  capitalised: boolean;
  /** Position in the label (0-based). */
  index: number;
}

/**
 * Split a label into word tokens: line breaks, punctuation, slashes and hyphens separate words,
 * except that a hyphenated compound ("E-Mail", "Antrags-Prüfung") stays one token without the hyphen
 * when both sides are letters. Digits-only tokens and paragraph signs are dropped.
 */
export function tokenize(label: string): RawToken[] {
  const cleaned = label
    .replace(/[\u00AD]/g, '')
    .replace(/([A-Za-zÄÖÜäöüß])-\s*\n?\s*([A-Za-zÄÖÜäöüß])/g, '$1$2')
    .replace(/[^A-Za-zÄÖÜäöüßéèàáçñ0-9]+/g, ' ')
    .trim();
  if (!cleaned) return [];
  const out: RawToken[] = [];
  for (const text of cleaned.split(' ')) {
    if (!text || /^[0-9]+$/.test(text)) continue;
    out.push({ text, capitalised: /^[A-ZÄÖÜ]/.test(text), index: out.length });
  }
  return out;
}

/** A label as one comparable string: tokens folded and joined by single spaces. */
export function normalizeLabel(label: string): string {
  return tokenize(label).map((t) => foldWord(t.text)).join(' ');
}
