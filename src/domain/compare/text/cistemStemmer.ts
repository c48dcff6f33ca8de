/**
 * CISTEM, the German stemmer of Weissweiler & Fraser (2017, "Developing a Stemmer for German
 * Based on a Comparative Analysis of Publicly Available Stemmers", GSCL), implemented from the
 * paper's description:
 * 1. lower-case, fold umlauts (ü → u, ö → o, ä → a, ß → ss), strip a leading "ge" when at least
 *    four letters follow;
 * 2. replace the digraphs sch, ei, ie by single symbols and a doubled letter by letter + `*`;
 * 3. while the word is longer than 3: strip "em"/"er" or "nd" (only when longer than 5), then "t"
 *    (only for words that were not capitalised, unless case-insensitive), then one of "e", "s", "n";
 *    stop when nothing was stripped;
 * 4. undo the substitutions of step 2.
 */

const STRIP_GE = /^ge(.{4,})$/;

/** Stem a German word with CISTEM. `caseInsensitive` treats every word like a lower-case one. */
export function cistemStem(word: string, caseInsensitive = true): string {
  if (!word) return word;
  const upper = /^[A-ZÄÖÜ]/.test(word);
  // 1. fold and strip ge-
  let w = word.toLowerCase().replace(/ü/g, 'u').replace(/ö/g, 'o').replace(/ä/g, 'a').replace(/ß/g, 'ss');
  w = w.replace(STRIP_GE, '$1');
  return cistemStrip(w, !upper || caseInsensitive);
}

/** Steps 2–4 of CISTEM on an already folded word (exported for the morphology layer). */
export function cistemStrip(folded: string, stripT: boolean, stripNd = true): string {
  // 2. substitutions
  let w = folded.replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  // 3. suffix stripping
  while (w.length > 3) {
    if (w.length > 5) {
      if (/e[mr]$/.test(w)) {
        w = w.slice(0, -2);
        continue;
      }
      if (stripNd && /nd$/.test(w)) {
        w = w.slice(0, -2);
        continue;
      }
    }
    if (stripT && w.endsWith('t')) {
      w = w.slice(0, -1);
      continue;
    }
    if (/[esn]$/.test(w)) {
      w = w.slice(0, -1);
      continue;
    }
    break;
  }
  // 4. undo substitutions
  return w.replace(/(.)\*/g, '$1$1').replace(/&/g, 'ie').replace(/%/g, 'ei').replace(/\$/g, 'sch');
}
