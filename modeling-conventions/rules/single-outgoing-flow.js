'use strict';

/**
 * MK-STR-05 — Genau ein ausgehender Sequenzfluss aus Aktivitäten und Ereignissen: activities,
 * start, intermediate and boundary events with more than one outgoing sequence flow (counting
 * conditional and default flows too, stricter than core `no-implicit-split`). A missing
 * outgoing flow is MK-STR-03's finding (implicit end) and not repeated here.
 */
const { defineRule } = require('../lib/ruleKit');
const { isAny, outgoing } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

const TYPES = ['bpmn:Activity', 'bpmn:StartEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:BoundaryEvent'];

module.exports = defineRule('single-outgoing-flow', {}, () => (node, report) => {
  if (!isAny(node, TYPES)) return;
  const count = outgoing(node).length;
  if (count > 1) {
    report(node.id, `${Describe(node)} hat ${count} ausgehende Sequenzflüsse; verzweigen Sie nur über ein Gateway.`);
  }
}, { types: TYPES, scope: 'neighbourhood' });
