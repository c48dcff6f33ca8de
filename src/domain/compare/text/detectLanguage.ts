import { ENGLISH_LIGHT_VERBS, ENGLISH_STOP_WORDS, GERMAN_LIGHT_VERBS, GERMAN_STOP_WORDS } from './stopWords';
import { foldForStem } from './germanStem';
import { foldWord, tokenize } from './normalizeText';
import type { Lexicon } from './lexicon';
import { porterStem } from './porterStemmer';

/** Languages the label analysis understands. */
export type Language = 'de' | 'en';

/** Evidence for German minus evidence for English in one label (positive = German). */
export function languageEvidence(label: string, lexicon: Lexicon): number {
  let score = 0;
  tokenize(label).forEach((token, i) => {
    const folded = foldWord(token.text);
    if (/[äöüßÄÖÜ]/.test(token.text)) score += 2;
    if (GERMAN_STOP_WORDS.has(folded) && !ENGLISH_STOP_WORDS.has(folded)) score += 1.5;
    if (ENGLISH_STOP_WORDS.has(folded) && !GERMAN_STOP_WORDS.has(folded)) score -= 1.5;
    if (ENGLISH_LIGHT_VERBS.has(folded)) score -= 1;
    if (GERMAN_LIGHT_VERBS.has(folded)) score += 1;
    if (/(ing|tion|ment|ness|ance|ity)$/.test(folded)) score -= 1;
    if (/(ung|keit|heit|schaft|chen|lich|ieren)$/.test(folded)) score += 1;
    if (lexicon.isGermanWord(foldForStem(token.text))) score += 0.75;
    if (lexicon.englishSynsets(porterStem(folded)).length > 0) score -= 0.75;
    if (i > 0 && token.capitalised) score += 0.25;
  });
  return score;
}

/** The language of a set of labels (one model): German unless English is clearly more likely. */
export function detectLanguage(labels: readonly string[], lexicon: Lexicon): Language {
  let total = 0;
  for (const label of labels) total += languageEvidence(label, lexicon);
  return modelLanguageFromEvidence(total);
}

/** The model language from the summed evidence of its labels. */
export function modelLanguageFromEvidence(total: number): Language {
  return total < -1 ? 'en' : 'de';
}

/** A label's language from its own evidence and its model's language (see `labelLanguage`). */
export function labelLanguageFromEvidence(evidence: number, modelLanguage: Language): Language {
  if (evidence <= -3) return 'en';
  if (evidence >= 3) return 'de';
  return modelLanguage;
}

/**
 * The language of one label, given its model's language: a label only overrides the model
 * when its own evidence is strong (mixed models: a German model with one English step).
 */
export function labelLanguage(label: string, modelLanguage: Language, lexicon: Lexicon): Language {
  return labelLanguageFromEvidence(languageEvidence(label, lexicon), modelLanguage);
}
