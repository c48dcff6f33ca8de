'use strict';

/**
 * MK-STR-09 — Sinnvolle Gateways: core `superfluous-gateway` (1 in, 1 out) and
 * `event-based-gateway` (≥ 2 outgoing, none conditional), plus a custom check that every flow
 * leaving an event-based gateway leads to a catching intermediate event or a receive task.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { is, isAny, outgoing } = require('../lib/bpmn');
const { describeAs, capitalize, enumerate } = require('../lib/describe');

module.exports = wrapCoreRules('gateway-meaningful', {
  coreRules: ['superfluous-gateway', 'event-based-gateway'],
  // the gateway's flows and the nodes they lead to
  scope: 'neighbourhood',
  extraTypes: ['bpmn:EventBasedGateway'],
  extra: () => (node, report) => {
    if (!is(node, 'bpmn:EventBasedGateway')) return;
    const wrong = outgoing(node)
      .map((f) => f.targetRef)
      .filter((t) => t && !isAny(t, ['bpmn:IntermediateCatchEvent', 'bpmn:ReceiveTask']));
    if (wrong.length) {
      report(node.id, `${capitalize(describeAs(node, 'auf'))} müssen fangende Zwischenereignisse oder Empfangsaufgaben folgen; es führt aber zu ${enumerate(wrong)}.`);
    }
  }
});
