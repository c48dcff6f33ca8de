'use strict';

/**
 * MK-STR-15 — Keine strukturellen Verklemmungen. Every node reachable from an exclusive,
 * inclusive or event-based split is labelled with the split's branches that reach it; a
 * parallel join with two predecessors from disjoint branches (never both active) deadlocks.
 * Branches merged before (an exclusive merge carries both labels) are fine. An inclusive split
 * whose immediate post-dominator is an exclusive gateway lacks synchronisation. Parallel splits
 * joined by other gateways are MK-STR-07's finding.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe, describeAs } = require('../lib/describe');
const { reachable } = require('../lib/graph/flowGraph');

const SPLITS = ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway'];

module.exports = defineRule('split-join-matching', {}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const index = ctx.index(node);
  const graph = index.graphOf(node);
  const splits = graph.nodes.filter((n) => isAny(n, SPLITS) && (graph.succ.get(n) || []).length >= 2);
  if (!splits.length) return;
  // parallel joins, determined once per level (type checks on moddle objects are not free)
  const joins = new Set(graph.nodes.filter((n) => is(n, 'bpmn:ParallelGateway') && (graph.pred.get(n) || []).length >= 2));
  const { ipdom, EXIT } = index.postDominatorsOf(node);
  for (const split of splits) {
    const merge = ipdom(split);
    if (joins.size) {
      // 1. label the split's region with the branches that reach each node; beyond the immediate
      //    post-dominator every path has merged, so the region ends there
      const stops = new Set([split]);
      if (merge && merge !== EXIT) stops.add(merge);
      const labels = new Map();
      (graph.succ.get(split) || []).forEach((start, i) => {
        for (const n of reachable(graph, start, stops)) {
          if (n === split) continue;
          if (!labels.has(n)) labels.set(n, new Set());
          labels.get(n).add(i);
        }
      });
      // 2. a parallel join fed by two predecessors from disjoint branches waits forever
      let deadlock;
      for (const n of labels.keys()) {
        if (!joins.has(n)) continue;
        const fed = (graph.pred.get(n) || []).map((p) => labels.get(p)).filter((l) => l && l.size);
        if (fed.some((a, i) => fed.some((b, k) => k > i && [...a].every((x) => !b.has(x))))) {
          deadlock = n;
          break;
        }
      }
      if (deadlock) {
        report(split.id, `${Describe(split)} verzweigt alternativ, die Zweige werden aber ${describeAs(deadlock, 'bei')} parallel zusammengeführt; das parallele Gateway wartet auf Zweige, die nie kommen (Verklemmung).`);
        continue;
      }
    }
    if (is(split, 'bpmn:InclusiveGateway') && merge && merge !== EXIT && is(merge, 'bpmn:ExclusiveGateway')) {
      report(split.id, `${Describe(split)} kann mehrere Zweige aktivieren, die ${describeAs(merge, 'bei')} exklusiv zusammengeführt werden; der weitere Ablauf liefe dann mehrfach (fehlende Synchronisation).`);
    }
  }
}, { types: ['bpmn:FlowElementsContainer'] });
