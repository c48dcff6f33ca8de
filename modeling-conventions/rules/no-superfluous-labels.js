'use strict';

/**
 * MK-NAME-08 — Keine überflüssigen Beschriftungen (info): joining gateways, parallel and
 * event-based gateways and unconditional sequence flows that do not leave a decision stay
 * unlabelled (default flows and conditional flows may carry a label).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, isDiverging, isConverging, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

/** True if a flow leaves a decision (diverging XOR/OR/complex gateway). */
function leavesDecision(flow) {
  const source = flow.sourceRef;
  return isAny(source, ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:ComplexGateway']) && isDiverging(source);
}

module.exports = defineRule('no-superfluous-labels', {
  parallelGateways: true,
  eventBasedGateways: true,
  joiningGateways: true,
  sequenceFlows: true
}, (ctx) => (node, report) => {
  const p = ctx.params;
  if (!nameOf(node)) return;
  if (p.parallelGateways && is(node, 'bpmn:ParallelGateway')) {
    report(node.id, `${Describe(node)} ist beschriftet – parallele Gateways bleiben unbeschriftet; die Beschriftung entfernen oder als Anmerkung anfügen.`);
  } else if (p.eventBasedGateways && is(node, 'bpmn:EventBasedGateway')) {
    report(node.id, `${Describe(node)} ist beschriftet – ereignisbasierte Gateways bleiben unbeschriftet; die folgenden Ereignisse tragen die Bedeutung.`);
  } else if (p.joiningGateways && isAny(node, ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:ComplexGateway']) && isConverging(node) && !isDiverging(node)) {
    report(node.id, `${Describe(node)} führt nur zusammen und ist beschriftet – zusammenführende Gateways bleiben unbeschriftet.`);
  } else if (p.sequenceFlows && is(node, 'bpmn:SequenceFlow') && !node.conditionExpression && !leavesDecision(node) &&
    !(node.sourceRef && node.sourceRef.default === node)) {
    report(node.id, `${Describe(node)} ist beschriftet, verlässt aber keine Entscheidung – die Beschriftung entfernen (nur Ausgänge von Verzweigungen tragen Antworten).`);
  }
}, {
  types: ['bpmn:ParallelGateway', 'bpmn:EventBasedGateway', 'bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:ComplexGateway', 'bpmn:SequenceFlow'],
  // a gateway's flows in and out; a flow's source (type, outgoing flows, default flow)
  scope: 'neighbourhood'
});
