'use strict';

/**
 * German label analysis for the naming rules (MK-NAME-*) and lane checks: pure functions over
 * label strings, data from `lexicons/` loaded by static require (bundles for the browser).
 */
const { normalizeLabel, labelCore, labelKey } = require('./normalizeLabel');
const { tokenize, wordTokens } = require('./tokenize');
const { isInfinitive, isParticiple, isStateWord, isTimeWord, glossaryEntry } = require('./lexicon');
const { analyzeActivityLabel, PATTERN_ISSUES, STYLE_ISSUES } = require('./analyzeActivityLabel');
const { analyzeEventLabel, EVENT_ISSUES } = require('./analyzeEventLabel');
const { analyzeGatewayLabel, GATEWAY_ISSUES } = require('./analyzeGatewayLabel');
const { analyzeLaneLabel, LANE_ISSUES } = require('./analyzeLaneLabel');
const { findAbbreviations } = require('./findAbbreviations');
const { findEnglishWords } = require('./findEnglishWords');
const { checkLabelForm, FORM_ISSUES } = require('./checkLabelForm');
const {
  activityPatternFindings,
  activityStyleFindings,
  eventStateFindings,
  gatewayQuestionFindings,
  abbreviationFindings,
  labelFormFindings,
  laneRoleFindings
} = require('./labelFindings');

module.exports = {
  normalizeLabel,
  labelCore,
  labelKey,
  tokenize,
  wordTokens,
  isInfinitive,
  isParticiple,
  isStateWord,
  isTimeWord,
  glossaryEntry,
  analyzeActivityLabel,
  analyzeEventLabel,
  analyzeGatewayLabel,
  analyzeLaneLabel,
  findAbbreviations,
  findEnglishWords,
  checkLabelForm,
  PATTERN_ISSUES,
  STYLE_ISSUES,
  EVENT_ISSUES,
  GATEWAY_ISSUES,
  LANE_ISSUES,
  FORM_ISSUES,
  activityPatternFindings,
  activityStyleFindings,
  eventStateFindings,
  gatewayQuestionFindings,
  abbreviationFindings,
  labelFormFindings,
  laneRoleFindings
};
