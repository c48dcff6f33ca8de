'use strict';

/**
 * Analysis of event labels (catalog 6.2): an event names a reached state — object + Partizip II
 * or state word, optionally with an auxiliary ("Antrag eingegangen", "Antrag ist eingegangen",
 * "Unterlagen vollständig", "Unterlagen liegen vor"); timer events name a time or deadline;
 * message/error/signal events may name their trigger ("Antrag", "Fehlende Berechtigung").
 */
const { labelParts, isObjectToken } = require('./labelParts');
const { isInfinitive, isParticiple, isStateWord, isTimeWord, englishTag, zuInfinitiveBase } = require('./lexicon');
const { AUXILIARIES, isFunctionWord } = require('./functionWords');

/** Triggers whose events may be named after the trigger itself (a noun phrase). */
const NAMED_TRIGGERS = ['message', 'error', 'escalation', 'signal', 'conditional', 'compensate', 'link'];

/** Issue codes of MK-NAME-04. */
const EVENT_ISSUES = ['empty', 'activity-style', 'question', 'missing-object', 'no-state', 'timer-without-time'];

/**
 * @typedef {object} EventAnalysis
 * @property {string} normalized normalised label
 * @property {string | null} state the participle or state word that ends the label
 * @property {string[]} objects object words
 * @property {import('./analyzeActivityLabel').LabelIssue[]} issues empty when fine
 */

/** True if the word names a reached state: participle, state word or English past participle. */
function isState(token) {
  if (token.capitalized && !isParticiple(token.lower) && englishTag(token.text) !== 'participle') return false;
  return isParticiple(token.lower) || isStateWord(token.lower) || englishTag(token.text) === 'participle';
}

/**
 * Analyses an event label.
 * @param {string} label raw label
 * @param {{ trigger?: string, requireObject?: boolean, namedTriggers?: string[] }} [options]
 *   trigger: the event definition without "EventDefinition", lower case ("timer", "message"; "none")
 * @returns {EventAnalysis} verdict with issues
 */
function analyzeEventLabel(label, options = {}) {
  const trigger = options.trigger || 'none';
  const namedTriggers = options.namedTriggers || NAMED_TRIGGERS;
  const { normalized, question, words } = labelParts(label);
  const result = { normalized, state: null, objects: [], issues: [] };
  if (!words.length) {
    result.issues.push({ code: 'empty' });
    return result;
  }
  if (question) result.issues.push({ code: 'question' });

  // 1. drop trailing auxiliaries ("… eingegangen ist") and read "liegt … vor" as a state
  let core = words.slice();
  while (core.length > 1 && AUXILIARIES.has(core[core.length - 1].lower)) core.pop();
  const last = core[core.length - 1];
  const hasAuxiliary = core.some((w) => AUXILIARIES.has(w.lower) && w !== last);
  const liegtVor = last.lower === 'vor' && core.some((w) => /^(?:liegt|liegen|lag|lagen)$/.test(w.lower));
  const stateAtEnd = isState(last) || liegtVor;
  const objects = core.slice(0, -1).filter((w) => isObjectToken(w) && !AUXILIARIES.has(w.lower));
  result.objects = objects.map((w) => w.text);
  const first = words[0];
  const activityStyle = (!last.capitalized && isInfinitive(last.lower) && !isParticiple(last.lower) && !hasAuxiliary) ||
    zuInfinitiveBase(last.lower) || (words.length > 1 && englishTag(first.text) === 'verb');

  // 2. timer events: a time word anywhere is enough
  if (trigger === 'timer') {
    if (!words.some((w) => isTimeWord(w.text))) result.issues.push({ code: activityStyle ? 'activity-style' : 'timer-without-time' });
    return result;
  }
  if (activityStyle) {
    result.issues.push({ code: 'activity-style', detail: last.text });
    return result;
  }
  if (stateAtEnd) {
    result.state = liegtVor ? 'liegt vor' : last.lower;
    if (!objects.length && options.requireObject !== false) result.issues.push({ code: 'missing-object', detail: last.text });
    return result;
  }
  // 3. message, error, signal … events may name their trigger with a noun phrase
  const nounPhrase = isObjectToken(last) && !isFunctionWord(last.lower);
  if (namedTriggers.includes(trigger) && nounPhrase && !isState(first)) return result;
  if (isState(first) && words.length > 1) result.issues.push({ code: 'missing-object', detail: first.text });
  else result.issues.push({ code: 'no-state' });
  return result;
}

module.exports = { analyzeEventLabel, EVENT_ISSUES, NAMED_TRIGGERS };
