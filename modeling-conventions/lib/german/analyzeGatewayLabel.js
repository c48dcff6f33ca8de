'use strict';

/**
 * Analysis of XOR/OR gateway labels (catalog 6.3): a question ending in "?" ("Antrag
 * vollständig?", "Liegen alle Unterlagen vor?"); recognises yes/no questions so that gates can
 * be labelled "Ja"/"Nein".
 */
const { labelParts } = require('./labelParts');
const { isInfinitive, isParticiple, isStateWord, englishTag } = require('./lexicon');
const { QUESTION_VERBS, QUESTION_WORDS, CONJUNCTIONS } = require('./functionWords');

/** Issue codes of MK-NAME-06. */
const GATEWAY_ISSUES = ['empty', 'no-question', 'activity-style'];

/**
 * @typedef {object} GatewayAnalysis
 * @property {string} normalized normalised label
 * @property {boolean} question ends with "?"
 * @property {boolean} yesNo a yes/no question (verb first, or an elliptic state/participle/verb question)
 * @property {import('./analyzeActivityLabel').LabelIssue[]} issues empty when fine
 */

/**
 * Analyses a gateway label.
 * @param {string} label raw label
 * @returns {GatewayAnalysis} verdict with issues and the yes/no classification
 */
function analyzeGatewayLabel(label) {
  const { normalized, question, words } = labelParts(label);
  const result = { normalized, question, yesNo: false, issues: [] };
  if (!words.length) {
    result.issues.push({ code: 'empty' });
    return result;
  }
  const first = words[0];
  const last = words[words.length - 1];
  const openQuestion = QUESTION_WORDS.has(first.lower) || words.some((w) => CONJUNCTIONS.has(w.lower) && w.lower !== 'und');
  const verbFirst = QUESTION_VERBS.has(first.lower) || englishTag(first.text) === 'verb' || /^(?:is|are|has|have|does|do|was|were|can|should)$/i.test(first.text);
  const ellipticYesNo = !last.capitalized && (isParticiple(last.lower) || isStateWord(last.lower) || isInfinitive(last.lower));
  result.yesNo = question && !openQuestion && (verbFirst || ellipticYesNo || /^(?:mit|ohne)$/.test(first.lower));
  if (!question) {
    const activityLike = !last.capitalized && isInfinitive(last.lower) && words.length > 1;
    result.issues.push({ code: activityLike ? 'activity-style' : 'no-question' });
  }
  return result;
}

module.exports = { analyzeGatewayLabel, GATEWAY_ISSUES };
