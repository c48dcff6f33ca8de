'use strict';

/**
 * MK-PAL-03 — Ereignistypen begrenzen: events use only the triggers in `allowedDefinitions`
 * (basis: none, message, timer). A timer end event is always reported: BPMN does not allow it.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe, EVENT_DEFINITION_NAMES } = require('../lib/describe');

module.exports = defineRule('event-types-restricted', {
  allowedDefinitions: ['bpmn:MessageEventDefinition', 'bpmn:TimerEventDefinition']
}, (ctx) => {
  const allowed = new Set(ctx.params.allowedDefinitions || []);
  const allowedNames = ['unbestimmt'].concat([...allowed].map((t) => EVENT_DEFINITION_NAMES[t] || t.replace(/^bpmn:/, '')));
  return (node, report) => {
    if (!is(node, 'bpmn:Event')) return;
    const defs = (node.eventDefinitions || []).filter(Boolean);
    if (is(node, 'bpmn:EndEvent') && defs.some((d) => is(d, 'bpmn:TimerEventDefinition'))) {
      report(node.id, `${Describe(node)} ist ein Zeit-Endereignis; das ist in BPMN unzulässig. Modellieren Sie die Wartezeit als Zwischenereignis vor dem Ende.`);
      return;
    }
    const forbidden = defs.filter((d) => !allowed.has(d.$type));
    if (!forbidden.length) return;
    const names = forbidden.map((d) => '„' + (EVENT_DEFINITION_NAMES[d.$type] || String(d.$type).replace(/^\w+:/, '')) + '“');
    report(node.id, `${Describe(node)} verwendet den Auslöser ${names.join(', ')}; zulässig sind: ${allowedNames.join(', ')}.`);
  };
}, { types: ['bpmn:Event'], scope: 'element' });
