import type { MessageDirection } from '../matching/matchable';
import type { AnalyzedTerm, LabelAnalysis } from './analyzeLabel';
import type { Language } from './detectLanguage';
import { foldForStem, germanStem } from './germanStem';
import type { Lexicon } from './lexicon';
import { porterStem } from './porterStemmer';
import { DERIVED, termRelation } from './termRelation';

/**
 * The label of a message event names a state, not what the district does: „Antrag eingegangen“,
 * „Accepted“, „Bescheid versandt“. What the district does is implied by the event: a catching
 * event receives, a throwing one sends. So the event's label is read as that action plus the
 * label's words as its object: „Accepted“ (catching) ≈ „Receive acceptance“, „Antrag eingegangen“
 * ≈ „Antrag empfangen“ ≈ „Antrag entgegennehmen“ (thesaurus), „Bescheid versandt“ ≈ „Bescheid
 * versenden“. A label that already says the action („Documents received“, „Antrag eingegangen“)
 * keeps its words, with the receiving or sending word read as the first verb of its list.
 */

/** Verbs that say the event's action, the first being the one added when the label lacks it. */
const ACTION_WORDS: Record<MessageDirection, Record<Language, string[]>> = {
  receive: {
    de: ['empfangen', 'erhalten', 'eingehen', 'Eingang', 'entgegennehmen', 'bekommen', 'zugehen', 'vorliegen'],
    en: ['receive']
  },
  send: {
    de: ['versenden', 'senden', 'verschicken', 'zustellen', 'übermitteln', 'Versand'],
    en: ['send']
  }
};

function stemOf(word: string, language: Language): string {
  return language === 'de' ? germanStem(foldForStem(word)) : porterStem(word.toLowerCase());
}

/** The analysis of a message event's label as the step it stands for. */
export function messageEventAnalysis(analysis: LabelAnalysis, direction: MessageDirection, lexicon: Lexicon): LabelAnalysis {
  const language = analysis.language;
  const words = ACTION_WORDS[direction][language];
  const stems = words.map((w) => stemOf(w, language));
  // the same word or (English) its derivation; not any thesaurus synonym: synsets are wide
  // („abgeben“ shares one with „empfangen“), and a wrong reading would make the event's own
  // participle the action („Antrag abgegeben“ ≠ „Antrag weiterleiten“)
  const saysAction = (t: AnalyzedTerm) => stems.some((s) => termRelation(t.stem, s, language, language, lexicon) >= DERIVED);
  let terms: AnalyzedTerm[];
  if (analysis.terms.some(saysAction)) {
    // the word saying it becomes the one action word of its direction, so that every receipt
    // meets the same synonyms („eingegangen“ → empfangen ≈ entgegennehmen)
    terms = analysis.terms.map((t) => (saysAction(t) ? { ...t, stem: stems[0], action: true } : { ...t, action: false }));
  } else {
    const implied: AnalyzedTerm = { stem: stems[0], surface: words[0].toLowerCase(), action: true };
    terms = [implied, ...analysis.terms.map((t) => ({ ...t, action: false }))];
  }
  return { ...analysis, terms };
}
