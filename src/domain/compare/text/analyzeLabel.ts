import { splitCompound, type CorpusWords } from './compoundSplitter';
import type { Language } from './detectLanguage';
import { foldForStem, germanStem, isIrregularNominalisation } from './germanStem';
import type { Lexicon } from './lexicon';
import { GERMAN_ABBREVIATIONS } from '../data/germanAbbreviations';
import { foldWord, normalizeLabel, tokenize, type RawToken } from './normalizeText';
import { porterStem } from './porterStemmer';
import { ENGLISH_LIGHT_VERBS, ENGLISH_STOP_WORDS, GERMAN_LIGHT_VERBS, GERMAN_STOP_WORDS, NEGATIONS } from './stopWords';

/**
 * Label analysis: a step label becomes a bag of stemmed terms, each marked as action (what is
 * done: the verb, its nominalisation or participle) or object. Compounds are split into their
 * parts, so "Antragsprüfung", "Prüfung des Antrags" and "Antrag prüfen" all become
 * {antrag, prüf*} with prüf* the action.
 */

/** One meaningful word (or compound part) of a label. */
export interface AnalyzedTerm {
  stem: string;
  /** The word as written (folded), for explanations. */
  surface: string;
  /** The term names the action of the step. */
  action: boolean;
}

/** The analysis of one label. */
export interface LabelAnalysis {
  label: string;
  /** Folded tokens joined by spaces: equal strings mean equal labels. */
  normalized: string;
  language: Language;
  terms: AnalyzedTerm[];
  /** The label contains a negation ("nicht", "kein", "not"). */
  negated: boolean;
}

/**
 * Analyse a label in the given language. `corpus` holds further known words for splitting;
 * `agents` holds stems of role names: a role named as the agent ("durch die Teamleitung",
 * "von der Kasse") says who does the step, not what is done, and is left to the role signal.
 */
export function analyzeLabel(label: string, language: Language, lexicon: Lexicon, corpus: CorpusWords = new Set(), agents: ReadonlySet<string> = new Set()): LabelAnalysis {
  const tokens = tokenize(label);
  const result: LabelAnalysis = { label, normalized: normalizeLabel(label), language, terms: [], negated: false };
  if (language === 'en') analyzeEnglish(tokens, result, lexicon);
  else analyzeGerman(joinSeparableVerb(expandAbbreviations(tokens)), result, lexicon, corpus, agents);
  // a bare nominalisation („Ablehnung“, „Rejection“) names what happens, not who does it: deciding
  // the rejection or receiving it; it is compared as an object, not as an action
  if (result.terms.length === 1 && result.terms[0].action && isBareNominal(result.terms[0].surface, language)) {
    result.terms[0] = { ...result.terms[0], action: false };
  }
  return result;
}

const AGENT_PREPOSITIONS = new Set(['von', 'vom', 'durch']);
const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem']);

/** Is the token at `index` the noun of an agent phrase ("durch die Teamleitung")? */
function isAgentPhrase(tokens: RawToken[], index: number): boolean {
  const before = tokens[index - 1] ? foldWord(tokens[index - 1].text) : '';
  if (AGENT_PREPOSITIONS.has(before)) return true;
  const twoBefore = tokens[index - 2] ? foldWord(tokens[index - 2].text) : '';
  return ARTICLES.has(before) && AGENT_PREPOSITIONS.has(twoBefore);
}

/** Particles that may stand apart from their verb ("Hand application over to …"). */
const SEPARABLE_PARTICLES = new Set(['over', 'out', 'up', 'off', 'back', 'away', 'down', 'forth']);

function analyzeEnglish(tokens: RawToken[], out: LabelAnalysis, lexicon: Lexicon): void {
  // 1. a leading phrasal verb (WordNet collocation) becomes one term: "Fill out form" → fill_out;
  //    the particle may follow the object when it ends the phrase ("Hand application over to …")
  const folded = tokens.map((t) => foldWord(t.text));
  let phrasal: string | undefined;
  const first = folded.findIndex((w) => !ENGLISH_STOP_WORDS.has(w) && !NEGATIONS.has(w) && w.length >= 2);
  if (first >= 0) {
    const verb = folded[first];
    for (let k = first + 1; k < folded.length; k++) {
      const p = folded[k];
      const adjacent = k === first + 1;
      const endsPhrase = k === folded.length - 1 || ENGLISH_STOP_WORDS.has(folded[k + 1]);
      if ((adjacent || (SEPARABLE_PARTICLES.has(p) && endsPhrase)) && lexicon.isEnglishParticleVerb(verb, p)) {
        phrasal = `${verb}_${p}`;
        folded[k] = '';
        break;
      }
    }
  }
  // 2. content words, Porter-stemmed; a leading light verb ("Conduct interview") is dropped
  // 3. the first content word is the action (verb-object style "Send rejection", or a nominal
  //    head "Assessment of application"), and so is a word coordinated with an action
  //    ("Check and evaluate application": both verbs name what is done)
  const words: Array<{ w: string; coordinated: boolean }> = [];
  folded.forEach((w, i) => {
    if (NEGATIONS.has(w)) out.negated = true;
    if (i === first || (!NEGATIONS.has(w) && !ENGLISH_STOP_WORDS.has(w) && w.length >= 2)) {
      words.push({ w, coordinated: COORDINATORS.has(folded[i - 1]) });
    }
  });
  if (words.length > 1 && !phrasal && ENGLISH_LIGHT_VERBS.has(words[0].w)) words.shift();
  let chain = true;
  words.forEach(({ w, coordinated }, i) => {
    const stem = i === 0 && phrasal ? phrasal : porterStem(w);
    const action = i === 0 || (chain && coordinated);
    if (i > 0 && !action) chain = false;
    out.terms.push({ stem, surface: i === 0 && phrasal ? phrasal.replace('_', ' ') : w, action });
  });
}

const COORDINATORS = new Set(['and', 'or']);

const VERB_ENDING = /(en|ern|eln)$/;

function isBareNominal(surface: string, language: Language): boolean {
  // -ment is left out: many such words are verbs as well („Document“)
  if (language === 'en') return /(tion|sion|ance|ence)s?$/.test(surface);
  return /(ung|ungen)$/.test(surface) || isIrregularNominalisation(surface);
}

/** Particles a German verb leaves at the end of a clause („Antrag liegt vor“ = vorliegen). */
const GERMAN_SEPARABLE_PARTICLES = new Set(['vor', 'an', 'ab', 'auf', 'aus', 'ein', 'zu', 'nach', 'mit', 'bei', 'weiter', 'zuruck', 'fest', 'frei', 'hinzu', 'heraus']);

/**
 * A label ending in a separable particle after a finite verb („Wohngeldantrag liegt vor“,
 * „Unterlagen gehen ein“) joins the particle to the verb („vorliegt“, „eingehen“), so it stems
 * like the infinitive („vorliegen“, „eingehen“).
 */
function joinSeparableVerb(tokens: RawToken[]): RawToken[] {
  if (tokens.length < 2) return tokens;
  const last = tokens[tokens.length - 1];
  const particle = foldWord(last.text);
  if (last.capitalised || !GERMAN_SEPARABLE_PARTICLES.has(particle)) return tokens;
  const verb = tokens[tokens.length - 2];
  if (verb.capitalised || !/(t|en)$/.test(foldWord(verb.text))) return tokens;
  return [...tokens.slice(0, -2), { ...verb, text: `${particle}${verb.text}` }];
}

/** Expand administrative abbreviations ("FV" → "Fachverfahren"); the expansion keeps the token's place. */
function expandAbbreviations(tokens: RawToken[]): RawToken[] {
  return tokens.map((t) => {
    const long = GERMAN_ABBREVIATIONS[t.text.toLowerCase()];
    return long ? { text: long.replace('-', ''), capitalised: /^[A-ZÄÖÜ]/.test(long), index: t.index } : t;
  });
}

function analyzeGerman(tokens: RawToken[], out: LabelAnalysis, lexicon: Lexicon, corpus: CorpusWords, agents: ReadonlySet<string>): void {
  // 1. content tokens with their compound parts
  interface Word { token: RawToken; folded: string; parts: string[]; followsArticle: boolean; beforeArticle: boolean }
  const words: Word[] = [];
  let lastWasStop = false;
  for (const token of tokens) {
    const folded = foldWord(token.text);
    if (NEGATIONS.has(folded)) {
      out.negated = true;
      continue;
    }
    if (GERMAN_STOP_WORDS.has(folded) || folded.length < 2) {
      if (words.length) words[words.length - 1].beforeArticle = true;
      lastWasStop = true;
      continue;
    }
    // only nouns (capitalised) are compounds; lower-case words are verbs, participles, adjectives
    const parts = token.capitalised ? splitCompound(token.text, lexicon, corpus) : [foldForStem(token.text)];
    if (token.capitalised && agents.size && isAgentPhrase(tokens, token.index) && agents.has(germanStem(token.text))) {
      lastWasStop = false;
      continue;
    }
    words.push({ token, folded, parts, followsArticle: lastWasStop, beforeArticle: false });
    lastWasStop = false;
  }
  // 2. verbal actions: lower-case verbs and participles, or a capitalised first word that is a
  //    known verb ("Prüfen des Antrags")
  const isVerbal = (w: Word, i: number): boolean => {
    const stem = germanStem(w.parts[w.parts.length - 1]);
    const knownVerb = lexicon.isGermanVerbStem(stem);
    // an inflected adjective right before its noun is no verb ("Anlage einer neuen Akte")
    if (!w.token.capitalised && tokens[w.token.index + 1]?.capitalised) return false;
    if (!w.token.capitalised) return knownVerb || VERB_ENDING.test(w.folded) || /^ge.+t$/.test(w.folded);
    return i === 0 && VERB_ENDING.test(w.folded) && knownVerb && (w.beforeArticle || words.length === 1 || i === words.length - 1);
  };
  // light verbs ("Prüfung durchführen") give way to the noun that names the action
  const light = words.map((w, i) => isVerbal(w, i) && GERMAN_LIGHT_VERBS.has(w.folded));
  if (light.some(Boolean) && light.some((l) => !l)) {
    for (let i = words.length - 1; i >= 0; i--) if (light[i]) words.splice(i, 1);
  }
  const verbal = words.map(isVerbal);
  const hasVerbal = verbal.some(Boolean);
  // 3. nominal actions (Prüfung, Versand, Antragsprüfung) count only when no verb is present:
  //    next to a verb, an -ung noun is an object ("Rechnung erstellen")
  words.forEach((w, i) => {
    const head = w.parts[w.parts.length - 1];
    const nominal = !hasVerbal && (/(ung|ungen)$/.test(head) || isIrregularNominalisation(head) || /(ation|ationen)$/.test(head));
    w.parts.forEach((part, p) => {
      const isHead = p === w.parts.length - 1;
      const stem = germanStem(part);
      if (stem.length < 2) return;
      out.terms.push({ stem, surface: foldForStem(part), action: isHead && (verbal[i] || nominal) });
    });
  });
}
