'use strict';

/**
 * MK-ORG-02 — Externe Beteiligte als Black-Box-Pool mit Nachrichtenfluss. A black-box pool (no
 * process, or a process without flow nodes) must take part in at least one message flow. A
 * white-box pool whose name looks external (lexicon `pool-roles.json`: customer and external
 * patterns, plus `extraExternalPatterns`) in a model with several pools gets the hint
 * "als Black-Box modellieren?" (severity hint `whiteBoxSeverity`, catalog: info).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, hasFlowNodes, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { hasKeyword } = require('../lib/keywords');
const { poolRoles, withExtra } = require('../lib/lexicons');

function messageFlowCounts(index) {
  return index._lazy('messageFlowCounts', () => {
    const counts = new Map();
    const add = (el) => {
      const pool = index.poolOf(el);
      if (pool) counts.set(pool, (counts.get(pool) || 0) + 1);
    };
    for (const f of index.messageFlows) {
      add(f.sourceRef);
      add(f.targetRef);
    }
    return counts;
  });
}

module.exports = defineRule('external-party-black-box', {
  whiteBoxSeverity: 'info',
  extraExternalPatterns: []
}, (ctx) => {
  const external = withExtra(poolRoles.customer.concat(poolRoles.external), ctx.params.extraExternalPatterns);
  return (node, report) => {
    if (!is(node, 'bpmn:Participant')) return;
    const index = ctx.index(node);
    const blackBox = !node.processRef || !hasFlowNodes(node.processRef);
    if (blackBox) {
      if (!messageFlowCounts(index).get(node)) {
        report(node.id, `${Describe(node)} ist ein Black-Box-Pool ohne Nachrichtenfluss; zeigen Sie, welche Nachrichten mit diesem Beteiligten ausgetauscht werden.`);
      }
      return;
    }
    if (index.participants.length > 1 && hasKeyword(nameOf(node), external)) {
      report(node.id, `${Describe(node)} ist ein externer Beteiligter mit ausmodelliertem Ablauf; externe Beteiligte werden in der Regel als zugeklappter Pool (Black Box) dargestellt.`, ctx.params.whiteBoxSeverity);
    }
  };
}, { types: ['bpmn:Participant'] });
