'use strict';

/**
 * Which label issues each naming rule reports. The rules and the label benchmark
 * (`bench/labels/evaluateLabels.ts`) both use these functions, so the measured precision and
 * recall are those of the shipped rules.
 */
const { analyzeActivityLabel, PATTERN_ISSUES, STYLE_ISSUES } = require('./analyzeActivityLabel');
const { analyzeEventLabel } = require('./analyzeEventLabel');
const { analyzeGatewayLabel } = require('./analyzeGatewayLabel');
const { analyzeLaneLabel } = require('./analyzeLaneLabel');
const { findAbbreviations } = require('./findAbbreviations');
const { checkLabelForm } = require('./checkLabelForm');
const { memoize, labelParamsKey } = require('./memoize');

/**
 * MK-NAME-02: issues that break "Objekt + Verb im Infinitiv".
 * @param {string} label raw activity label
 * @param {object} [params] rule parameters (`requireObject`)
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[], analysis: object }} reported issues and the full analysis
 */
const activityPatternFindings = memoize((activityPatternFindingsOf), labelParamsKey);

function activityPatternFindingsOf(label, params = {}) {
  const analysis = analyzeActivityLabel(label, params);
  return { issues: analysis.issues.filter((i) => PATTERN_ISSUES.includes(i.code) && i.code !== 'empty'), analysis };
}

/**
 * MK-NAME-03: style issues (generic verb, several activities, question mark).
 * @param {string} label raw activity label
 * @param {object} [params] rule parameters (`extraGenericVerbs`, `allowedGenericVerbs`, `flagMultipleActivities`, `flagQuestion`)
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[], analysis: object }} reported issues and the full analysis
 */
const activityStyleFindings = memoize((activityStyleFindingsOf), labelParamsKey);

function activityStyleFindingsOf(label, params = {}) {
  const analysis = analyzeActivityLabel(label, params);
  const issues = analysis.issues.filter((i) => STYLE_ISSUES.includes(i.code) &&
    !(i.code === 'multiple-activities' && params.flagMultipleActivities === false) &&
    !(i.code === 'question' && params.flagQuestion === false));
  return { issues, analysis };
}

/**
 * MK-NAME-04: event label issues.
 * @param {string} label raw event label
 * @param {{ trigger?: string, requireObject?: boolean, namedTriggers?: string[] }} [params] trigger and rule parameters
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[], analysis: object }} reported issues and the full analysis
 */
const eventStateFindings = memoize((eventStateFindingsOf), labelParamsKey);

function eventStateFindingsOf(label, params = {}) {
  const analysis = analyzeEventLabel(label, params);
  return { issues: analysis.issues.filter((i) => i.code !== 'empty'), analysis };
}

/**
 * MK-NAME-06: gateway label issues of a labelled diverging XOR/OR gateway.
 * @param {string} label raw gateway label
 * @param {{ flagActivityStyle?: boolean }} [params] rule parameters
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[], analysis: object }} reported issues and the full analysis
 */
const gatewayQuestionFindings = memoize((gatewayQuestionFindingsOf), labelParamsKey);

function gatewayQuestionFindingsOf(label, params = {}) {
  const analysis = analyzeGatewayLabel(label);
  const issues = analysis.issues
    .filter((i) => i.code !== 'empty')
    .map((i) => (i.code === 'activity-style' && params.flagActivityStyle === false ? { code: 'no-question' } : i));
  return { issues, analysis };
}

/**
 * MK-NAME-10: unknown abbreviations.
 * @param {string} label raw label
 * @param {{ glossary?: Record<string, string> | string[] }} [params] the team's glossary
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[] }} one issue per abbreviation
 */
const abbreviationFindings = memoize((abbreviationFindingsOf), labelParamsKey);

function abbreviationFindingsOf(label, params = {}) {
  return { issues: findAbbreviations(label, params).map((a) => ({ code: a.kind, detail: a.text })) };
}

/**
 * MK-NAME-11: form issues.
 * @param {string} label raw label
 * @param {object} [params] rule parameters plus `kind`
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[] }} form issues
 */
const labelFormFindings = memoize((labelFormFindingsOf), labelParamsKey);

function labelFormFindingsOf(label, params = {}) {
  return { issues: checkLabelForm(label, params) };
}

/**
 * Lane label issues that make a lane no role/unit name (person, activity); plural is a hint only.
 * @param {string} label raw lane label
 * @returns {{ issues: import('./analyzeActivityLabel').LabelIssue[], hints: import('./analyzeActivityLabel').LabelIssue[] }} issues and hints
 */
const laneRoleFindings = memoize(laneRoleFindingsOf, (label) => String(label));

function laneRoleFindingsOf(label) {
  const { issues } = analyzeLaneLabel(label);
  return { issues: issues.filter((i) => i.code === 'person-name' || i.code === 'activity'), hints: issues.filter((i) => i.code === 'plural') };
}

module.exports = {
  activityPatternFindings,
  activityStyleFindings,
  eventStateFindings,
  gatewayQuestionFindings,
  abbreviationFindings,
  labelFormFindings,
  laneRoleFindings
};
