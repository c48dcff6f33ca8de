'use strict';

/**
 * MK-NAME-03 — Kein Allgemeinplatz-Stil (heuristic, info): generic verbs ("bearbeiten",
 * "durchführen"), several activities in one label, question marks on activities. Noun style and
 * imperatives break the object-infinitive pattern and are reported by MK-NAME-02.
 */
const { defineLabelRule } = require('../lib/german/defineLabelRule');
const { isActivity } = require('../lib/german/elementKinds');
const { activityStyleFindings } = require('../lib/german/labelFindings');
const { activityStyleMessage } = require('../lib/german/namingMessages');

module.exports = defineLabelRule('activity-label-style', {
  // the shipped list the rule uses (documentation; edit the .txt and rebuild the lexicon)
  genericVerbList: 'lexicons/generic-verbs.txt',
  extraGenericVerbs: [],
  allowedGenericVerbs: [],
  flagMultipleActivities: true,
  flagQuestion: true
}, {
  appliesTo: (node) => isActivity(node),
  messages: (label, node, params) => activityStyleFindings(label, params).issues.map((issue) => activityStyleMessage(label, issue))
}, { types: ['bpmn:Task', 'bpmn:SubProcess', 'bpmn:CallActivity'], scope: 'element' });
