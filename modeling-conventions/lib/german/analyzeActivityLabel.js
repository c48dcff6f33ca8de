'use strict';

/**
 * Analysis of activity labels against the pattern "Objekt + Verb im Infinitiv" (catalog 6.1):
 * MK-NAME-02 reports the pattern issues, MK-NAME-03 the style issues, MK-NAME-11 the form flags.
 */
const { labelParts, isObjectToken, isNominalisation, englishProfile } = require('./labelParts');
const { infinitiveSource, isInfinitive, isParticiple, zuInfinitiveBase, isModalVerb, listedLemma, genericVerbs } = require('./lexicon');
const { isFunctionWord, DETERMINERS } = require('./functionWords');
const { suggestFromNominal, suggestFromImperative, infinitiveOfParticiple } = require('./suggestActivityLabel');

/** Issue codes that break the pattern (MK-NAME-02). */
const PATTERN_ISSUES = ['empty', 'english', 'noun-style', 'participle', 'imperative', 'zu-infinitive', 'missing-object', 'no-verb'];
/** Issue codes of weak style (MK-NAME-03). */
const STYLE_ISSUES = ['generic-verb', 'multiple-activities', 'question'];

/**
 * @typedef {object} LabelIssue
 * @property {string} code issue code (see PATTERN_ISSUES, STYLE_ISSUES)
 * @property {string} [detail] the word concerned (generic verb, participle …)
 */

/**
 * @typedef {object} ActivityAnalysis
 * @property {string} normalized normalised label
 * @property {string | null} verb the infinitive that ends the label
 * @property {string[]} objects the object words before the verb
 * @property {LabelIssue[]} issues pattern and style issues, empty when the label is fine
 * @property {boolean} capitalizedVerb the final verb is written with a capital ("Dokument Stornieren")
 * @property {string | null} suggestion a better label when one can be derived ("Antrag prüfen")
 */

/** A lower-case final word shaped like an infinitive although the lexicon lacks it ("storneiren"). */
function looksLikeInfinitive(token) {
  return !token.capitalized && /^[a-zäöüß]{4,}(?:en|ern|eln)$/.test(token.lower) && !isFunctionWord(token.lower) && !isParticiple(token.lower);
}

/** The verb that ends the label, if any. */
function finalVerb(words) {
  const last = words[words.length - 1];
  const previous = words[words.length - 2];
  if (!last) return null;
  if (zuInfinitiveBase(last.lower)) return null;
  if (!last.capitalized && infinitiveSource(last.lower)) return { token: last, capitalized: false };
  // a capitalised infinitive after an object is a miscapitalised verb ("Dokument Stornieren"),
  // but after an article or a colon it is a nominalisation ("Das Prüfen", "Basics: Suchen")
  if (last.capitalized && !last.upper && words.length >= 2 && isInfinitive(last.lower) && !DETERMINERS.has(previous.lower) && !last.afterColon) {
    return { token: last, capitalized: true };
  }
  if (words.length === 1 && isInfinitive(last.lower)) return { token: last, capitalized: false };
  if (looksLikeInfinitive(last)) return { token: last, capitalized: false };
  return null;
}

/** Main infinitives of the label (modals and function words excluded). */
function countActivities(words) {
  let count = 0;
  words.forEach((word, i) => {
    const lower = word.lower;
    if (isFunctionWord(lower) || isModalVerb(lower)) return;
    const isVerb = (!word.capitalized && (infinitiveSource(lower) === 'lexicon' || infinitiveSource(lower) === 'particle' || infinitiveSource(lower) === 'morphology')) ||
      (i === words.length - 1 && word.capitalized && words.length > 1 && isInfinitive(lower));
    if (isVerb) count++;
  });
  return count;
}

/**
 * Analyses an activity label.
 * @param {string} label raw label
 * @param {{ extraGenericVerbs?: string[], allowedGenericVerbs?: string[], requireObject?: boolean }} [options] rule parameters
 * @returns {ActivityAnalysis} verdict with issues and, where possible, a suggestion
 */
function analyzeActivityLabel(label, options = {}) {
  const { normalized, question, words } = labelParts(label);
  const result = { normalized, verb: null, objects: [], issues: [], capitalizedVerb: false, suggestion: null };
  if (!words.length) {
    result.issues.push({ code: 'empty' });
    return result;
  }
  const english = englishProfile(words);
  const verb = finalVerb(words);
  if (english.verbFirst || (english.share >= 0.5 && !verb)) {
    result.issues.push({ code: 'english' });
  } else if (verb) {
    // 1. object + infinitive: check object, zu-infinitive, generic verb, several activities
    result.verb = verb.token.lower;
    result.capitalizedVerb = verb.capitalized;
    const before = words.slice(0, -1);
    const zuBefore = before.length && before[before.length - 1].lower === 'zu';
    result.objects = before.filter(isObjectToken).map((w) => w.text);
    if (zuBefore) result.issues.push({ code: 'zu-infinitive', detail: 'zu ' + verb.token.lower });
    if (!result.objects.length && options.requireObject !== false) result.issues.push({ code: 'missing-object', detail: verb.token.lower });
    const generic = new Set([...genericVerbs(), ...(options.extraGenericVerbs || [])]);
    for (const allowed of options.allowedGenericVerbs || []) generic.delete(allowed);
    const lemma = listedLemma(verb.token.lower, generic);
    if (lemma) result.issues.push({ code: 'generic-verb', detail: verb.token.lower });
    if (countActivities(words) >= 2) result.issues.push({ code: 'multiple-activities' });
  } else {
    // 2. no infinitive at the end: find out which style the label has instead
    const last = words[words.length - 1];
    const first = words[0];
    const zuBase = zuInfinitiveBase(last.lower);
    if (zuBase && !last.capitalized) {
      result.issues.push({ code: 'zu-infinitive', detail: last.lower });
    } else if (!last.capitalized && isParticiple(last.lower)) {
      result.issues.push({ code: 'participle', detail: last.lower });
      const infinitive = infinitiveOfParticiple(last.lower);
      if (infinitive && words.length > 1) result.suggestion = words.slice(0, -1).map((w) => w.text).join(' ') + ' ' + infinitive;
    } else if (words.length >= 2 && /e$/.test(first.lower) && isInfinitive(first.lower + 'n') && !DETERMINERS.has(words[1].lower)) {
      result.issues.push({ code: 'imperative', detail: first.text });
      result.suggestion = suggestFromImperative(words);
    } else if (words.some((w, i) => isNominalisation(w, words[i - 1]))) {
      result.issues.push({ code: 'noun-style' });
      result.suggestion = suggestFromNominal(words);
    } else {
      result.issues.push({ code: 'no-verb' });
    }
  }
  if (question) result.issues.push({ code: 'question' });
  return result;
}

module.exports = { analyzeActivityLabel, PATTERN_ISSUES, STYLE_ISSUES };
