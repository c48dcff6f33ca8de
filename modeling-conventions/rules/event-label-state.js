'use strict';

/**
 * MK-NAME-04 — Ereignisse als erreichten Zustand benennen (heuristic): object + Partizip II or
 * state word ("Antrag eingegangen", "Antrag ist eingegangen", "Unterlagen vollständig"); timer
 * events name a time or deadline; message, error, signal … events may name their trigger.
 */
const { defineLabelRule } = require('../lib/german/defineLabelRule');
const { isEvent, eventTrigger } = require('../lib/german/elementKinds');
const { eventStateFindings } = require('../lib/german/labelFindings');
const { eventStateMessage } = require('../lib/german/namingMessages');
const { isParticiple } = require('../lib/german/lexicon');
const { regularParticiple } = require('../lib/german/suggestActivityLabel');
const { is } = require('../lib/bpmn');
const { paramsWith } = require('../lib/german/memoize');

/** "Antrag prüfen" → "Antrag geprüft" when the regular participle is a known form. */
function stateSuggestion(label) {
  const words = label.trim().split(/\s+/);
  const verb = words[words.length - 1];
  const participle = regularParticiple(verb.toLocaleLowerCase('de'));
  return words.length > 1 && isParticiple(participle) ? words.slice(0, -1).concat(participle).join(' ') : null;
}

module.exports = defineLabelRule('event-label-state', {
  requireObject: true,
  namedTriggers: ['message', 'error', 'escalation', 'signal', 'conditional', 'compensate', 'link']
}, {
  appliesTo: (node) => isEvent(node),
  messages: (label, node, params) => {
    const { issues } = eventStateFindings(label, paramsWith(params, 'trigger', eventTrigger(node)));
    return issues.map((issue) => eventStateMessage(label, issue, {
      isEnd: is(node, 'bpmn:EndEvent'),
      suggestion: issue.code === 'activity-style' ? stateSuggestion(label) : null
    }));
  }
}, { types: ['bpmn:Event'], scope: 'element' });
