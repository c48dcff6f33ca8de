'use strict';

/**
 * MK-NAME-06 — Exklusive Verzweigung als Frage: a labelled diverging exclusive or inclusive
 * gateway carries a question ending in "?"; labels that read like an activity get a specific
 * hint. Unlabelled gateways are reported by MK-NAME-01 (`divergingGateways`).
 */
const { defineLabelRule } = require('../lib/german/defineLabelRule');
const { gatewayQuestionFindings } = require('../lib/german/labelFindings');
const { gatewayQuestionMessage } = require('../lib/german/namingMessages');
const { isAny, isDiverging } = require('../lib/bpmn');

module.exports = defineLabelRule('xor-gateway-question', { flagActivityStyle: true, inclusiveGateways: true }, {
  appliesTo: (node, params) =>
    isAny(node, params.inclusiveGateways === false ? ['bpmn:ExclusiveGateway'] : ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']) && isDiverging(node),
  messages: (label, node, params) => gatewayQuestionFindings(label, params).issues.map((issue) => gatewayQuestionMessage(label, issue))
}, {
  types: (params) => (params.inclusiveGateways === false ? ['bpmn:ExclusiveGateway'] : ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']),
  // the label, and whether the gateway splits (its outgoing flows)
  scope: 'neighbourhood'
});
