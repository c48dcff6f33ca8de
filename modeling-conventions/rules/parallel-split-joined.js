'use strict';

/**
 * MK-STR-07 — Parallele Verzweigung mit paralleler Zusammenführung.
 *
 * For every diverging parallel gateway of a process level:
 *  1. its immediate post-dominator (virtual EXIT after all ends) must be a parallel gateway —
 *     otherwise the branches are merged by something else (exclusive gateway, activity);
 *  2. no other node may merge branches of the split before they are synchronised: a node with
 *     several incoming flows, reachable from two branches without passing a parallel join,
 *     would run once per token (lack of synchronisation).
 * Every branch ending in its own end event (post-dominator = EXIT, no merge) is fine.
 * The mismatch AND split → XOR join is reported here only, not again by MK-STR-15.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isDiverging, isConverging } = require('../lib/bpmn');
const { Describe, describeAs } = require('../lib/describe');
const { reachable } = require('../lib/graph/flowGraph');

function isParallelJoin(n) {
  return is(n, 'bpmn:ParallelGateway') && isConverging(n);
}

module.exports = defineRule('parallel-split-joined', {}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const index = ctx.index(node);
  const graph = index.graphOf(node);
  const splits = graph.nodes.filter((n) => is(n, 'bpmn:ParallelGateway') && (graph.succ.get(n) || []).length >= 2 && isDiverging(n));
  if (!splits.length) return;
  const { ipdom, EXIT } = index.postDominatorsOf(node);
  for (const split of splits) {
    const join = ipdom(split);
    if (join === undefined) continue;
    if (join !== EXIT && !is(join, 'bpmn:ParallelGateway')) {
      report(split.id, `${Describe(split)} verzweigt parallel, die Zweige werden aber ${describeAs(join, 'bei')} statt über ein paralleles Gateway zusammengeführt.`);
      continue;
    }
    const stops = new Set([split]);
    for (const n of graph.nodes) if (isParallelJoin(n)) stops.add(n);
    const branches = (graph.succ.get(split) || []).map((start) => reachable(graph, start, stops));
    const seenIn = new Map();
    branches.forEach((set, i) => {
      for (const n of set) {
        if (!seenIn.has(n)) seenIn.set(n, new Set());
        seenIn.get(n).add(i);
      }
    });
    const merge = graph.nodes.find((n) => n !== split && !is(n, 'bpmn:ParallelGateway') &&
      (graph.pred.get(n) || []).length >= 2 && seenIn.has(n) && seenIn.get(n).size >= 2);
    if (merge) {
      report(split.id, `${Describe(split)} verzweigt parallel, die Zweige treffen sich aber ${describeAs(merge, 'bei')}, ohne vorher parallel zusammengeführt zu werden.`);
    }
  }
});
