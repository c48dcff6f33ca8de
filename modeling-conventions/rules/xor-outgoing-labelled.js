'use strict';

/**
 * MK-NAME-07 — Ausgänge exklusiver Verzweigungen mit Antworten beschriftet: every outgoing flow
 * of a diverging exclusive/inclusive gateway is labelled with the answer, the labels differ per
 * gateway; the default flow may stay unlabelled (`allowUnlabeledDefault`). For yes/no questions
 * the message proposes "Ja"/"Nein" (quick fix `label-yes-no`).
 */
const { defineRule } = require('../lib/ruleKit');
const { isAny, isDiverging, outgoing, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { labelKey } = require('../lib/german/normalizeLabel');
const { analyzeGatewayLabel } = require('../lib/german/analyzeGatewayLabel');
const { q } = require('../lib/german/namingMessages');

module.exports = defineRule('xor-outgoing-labelled', { allowUnlabeledDefault: true, inclusiveGateways: true }, (ctx) => (node, report) => {
  const types = ctx.params.inclusiveGateways === false ? ['bpmn:ExclusiveGateway'] : ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway'];
  if (!isAny(node, types) || !isDiverging(node)) return;
  const flows = outgoing(node);
  const unlabeled = flows.filter((f) => !nameOf(f) && !(ctx.params.allowUnlabeledDefault && node.default === f));
  const yesNo = analyzeGatewayLabel(nameOf(node)).yesNo && flows.length === 2;
  if (unlabeled.length) {
    const answer = yesNo ? 'mit „Ja“ bzw. „Nein“ beschriften' : 'jeweils mit der Antwort bzw. Bedingung beschriften';
    report(node.id, `${Describe(node)}: ${unlabeled.length} von ${flows.length} Ausgängen ${unlabeled.length === 1 ? 'ist' : 'sind'} nicht beschriftet – die Ausgänge ${answer}.`);
  }
  const byKey = new Map();
  for (const flow of flows) {
    if (!nameOf(flow)) continue;
    const key = labelKey(flow.name);
    byKey.set(key, (byKey.get(key) || []).concat(flow));
  }
  for (const group of byKey.values()) {
    if (group.length > 1) {
      report(node.id, `${Describe(node)}: ${group.length} Ausgänge heißen ${q(nameOf(group[0]))} – jede Antwort nur einmal vergeben.`);
    }
  }
}, {
  types: (params) => (params.inclusiveGateways === false ? ['bpmn:ExclusiveGateway'] : ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']),
  // the gateway's outgoing flows (labels, default)
  scope: 'neighbourhood'
});
