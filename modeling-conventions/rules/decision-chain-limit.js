'use strict';

/**
 * MK-STR-11 — Höchstens zwei Entscheidungen in Folge: the longest chain of diverging
 * exclusive/inclusive gateways connected directly by sequence flows; a chain longer than
 * `maxChain` is reported once, on its first gateway, naming the chain.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe, enumerate } = require('../lib/describe');

function isDecision(n, graph) {
  return isAny(n, ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']) && (graph.succ.get(n) || []).length >= 2;
}

module.exports = defineRule('decision-chain-limit', { maxChain: 2 }, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const graph = ctx.index(node).graphOf(node);
  const decisions = graph.nodes.filter((n) => isDecision(n, graph));
  if (decisions.length <= ctx.params.maxChain) return;
  const set = new Set(decisions);
  const next = (n) => (graph.succ.get(n) || []).filter((m) => set.has(m));
  // longest chain (in gateways) starting at n; cycles are cut by the on-path guard
  const memo = new Map();
  const onPath = new Set();
  const longest = (n) => {
    if (memo.has(n)) return memo.get(n);
    if (onPath.has(n)) return [];
    onPath.add(n);
    let best = [];
    for (const m of next(n)) {
      const chain = longest(m);
      if (chain.length > best.length) best = chain;
    }
    onPath.delete(n);
    const result = [n].concat(best.includes(n) ? [] : best);
    memo.set(n, result);
    return result;
  };
  const hasDecisionPred = (n) => (graph.pred.get(n) || []).some((p) => set.has(p));
  for (const head of decisions) {
    if (hasDecisionPred(head)) continue;
    const chain = longest(head);
    if (chain.length > ctx.params.maxChain) {
      report(head.id, `${Describe(head)} beginnt eine Kette von ${chain.length} unmittelbar aufeinanderfolgenden Entscheidungen (${enumerate(chain)}); lagern Sie die Regel in eine Entscheidungstabelle aus und ersetzen Sie sie durch eine Aktivität.`);
    }
  }
}, { types: ['bpmn:FlowElementsContainer'] });
