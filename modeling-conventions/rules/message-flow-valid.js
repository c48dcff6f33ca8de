'use strict';

/**
 * MK-ORG-06 — Nachrichtenflüsse korrekt und benannt. A message flow must connect two different
 * pools (error). With `activitySourcesOnly` (basic level) it starts at an activity or a pool,
 * not at a throwing event (hint `sourceSeverity`); it names the message or document conveyed
 * (hint `labelSeverity`). Flows whose ends cannot be resolved to pools are skipped.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, nameOf } = require('../lib/bpmn');
const { Describe, quoted, typeName } = require('../lib/describe');

module.exports = defineRule('message-flow-valid', {
  activitySourcesOnly: true,
  sourceSeverity: 'info',
  labelSeverity: 'info'
}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:MessageFlow')) return;
  const index = ctx.index(node);
  const from = index.poolOf(node.sourceRef);
  const to = index.poolOf(node.targetRef);
  if (from && to && from === to) {
    report(node.id, `${Describe(node)} verbindet zwei Elemente desselben Pools ${quoted(from)}; innerhalb eines Pools werden Sequenzflüsse verwendet.`);
    return;
  }
  const source = node.sourceRef;
  if (ctx.params.activitySourcesOnly && source && !isAny(source, ['bpmn:Activity', 'bpmn:Participant'])) {
    report(node.id, `${Describe(node)} wird von ${quoted(source)} (${typeName(source)}) gesendet; im Basis-Level senden Aktivitäten die Nachrichten.`, ctx.params.sourceSeverity);
  }
  if (!nameOf(node)) {
    report(node.id, `${Describe(node)} ist nicht benannt; nennen Sie die übermittelte Nachricht bzw. das Dokument (z. B. „Antrag“, „Bescheid“).`, ctx.params.labelSeverity);
  }
}, { types: ['bpmn:MessageFlow'] });
