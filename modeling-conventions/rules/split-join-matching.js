'use strict';

/**
 * MK-STR-15 — Keine strukturellen Verklemmungen: an exclusive, inclusive or event-based split
 * whose branches reach the same parallel join (before being merged at the split's immediate
 * post-dominator) deadlocks; an inclusive split merged by an exclusive gateway lacks
 * synchronisation. Parallel splits joined by other gateways are MK-STR-07's finding.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe, describe } = require('../lib/describe');
const { reachable } = require('../lib/graph/flowGraph');

const SPLITS = ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway'];

module.exports = defineRule('split-join-matching', {}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const index = ctx.index(node);
  const graph = index.graphOf(node);
  const splits = graph.nodes.filter((n) => isAny(n, SPLITS) && (graph.succ.get(n) || []).length >= 2);
  if (!splits.length) return;
  const { ipdom, EXIT } = index.postDominatorsOf(node);
  for (const split of splits) {
    const merge = ipdom(split);
    const stops = new Set([split]);
    if (merge && merge !== EXIT) stops.add(merge);
    const branches = (graph.succ.get(split) || []).map((start) => reachable(graph, start, stops));
    const deadlock = graph.nodes.find((n) => is(n, 'bpmn:ParallelGateway') && (graph.pred.get(n) || []).length >= 2 &&
      branches.filter((b) => b.has(n)).length >= 2);
    if (deadlock) {
      report(split.id, `${Describe(split)} verzweigt alternativ, die Zweige werden aber bei ${describe(deadlock)} parallel zusammengeführt; das parallele Gateway wartet auf Zweige, die nie kommen (Verklemmung).`);
      continue;
    }
    if (is(split, 'bpmn:InclusiveGateway') && merge && merge !== EXIT && is(merge, 'bpmn:ExclusiveGateway')) {
      report(split.id, `${Describe(split)} kann mehrere Zweige aktivieren, die bei ${describe(merge)} exklusiv zusammengeführt werden; der weitere Ablauf liefe dann mehrfach (fehlende Synchronisation).`);
    }
  }
});
