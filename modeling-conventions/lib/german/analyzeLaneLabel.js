'use strict';

/**
 * Analysis of lane labels (catalog 6.4, MK-ORG-03): a lane names a role or organisational unit
 * in the singular ("Sachbearbeitung", "Bürgeramt"), not a person ("Frau Dr. Müller", "Anna
 * Schmidt", an e-mail address or phone number) and not an activity ("Antrag prüfen").
 */
const { labelParts } = require('./labelParts');
const { infinitiveSource, personTitles, personFirstNames } = require('./lexicon');

/** Issue codes of the lane analysis. */
const LANE_ISSUES = ['empty', 'person-name', 'activity', 'plural'];

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const PHONE = /(?:\+\d|\b0\d)[\d\s/()-]{6,}\d/;
const PLURAL_GENDER = /(?:[:*_/]innen|\p{Ll}Innen|\/-innen)$/u;

/**
 * Analyses a lane label.
 * @param {string} label raw label
 * @returns {{ normalized: string, issues: import('./analyzeActivityLabel').LabelIssue[] }} verdict
 */
function analyzeLaneLabel(label) {
  const { normalized, words } = labelParts(label);
  const result = { normalized, issues: [] };
  if (!words.length) {
    result.issues.push({ code: 'empty' });
    return result;
  }
  const titles = personTitles();
  const firstNames = personFirstNames();
  const hasTitle = normalized.split(' ').some((chunk) => titles.has(chunk.toLocaleLowerCase('de').replace(/[,;:]$/, '')));
  const firstLast = words.some((w, i) => firstNames.has(w.text) && words[i + 1] && words[i + 1].capitalized && !words[i + 1].upper);
  if (hasTitle || firstLast || EMAIL.test(normalized) || PHONE.test(normalized)) {
    result.issues.push({ code: 'person-name' });
  }
  const last = words[words.length - 1];
  if (words.length > 1 && !last.capitalized && infinitiveSource(last.lower)) result.issues.push({ code: 'activity', detail: last.text });
  if (words.some((w) => PLURAL_GENDER.test(w.text) || /innen$/.test(w.lower))) result.issues.push({ code: 'plural' });
  return result;
}

module.exports = { analyzeLaneLabel, LANE_ISSUES };
