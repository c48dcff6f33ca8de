'use strict';

/**
 * MK-NAME-02 — Aktivitäten: „Objekt + Verb im Infinitiv“ (heuristic). Reports activity labels
 * in noun style, participle or imperative form, with "zu", without object, without verb, or in
 * English, and suggests the object-infinitive form where the lexicon allows.
 */
const { defineLabelRule } = require('../lib/german/defineLabelRule');
const { isActivity } = require('../lib/german/elementKinds');
const { activityPatternFindings } = require('../lib/german/labelFindings');
const { activityPatternMessage } = require('../lib/german/namingMessages');

module.exports = defineLabelRule('activity-label-object-infinitive', { requireObject: true }, {
  appliesTo: (node) => isActivity(node),
  messages: (label, node, params) => {
    const { issues, analysis } = activityPatternFindings(label, params);
    return issues.map((issue) => activityPatternMessage(label, issue, analysis.suggestion));
  }
}, { types: ['bpmn:Task', 'bpmn:SubProcess', 'bpmn:CallActivity'], scope: 'element' });
