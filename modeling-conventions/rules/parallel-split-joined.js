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

module.exports = defineRule('parallel-split-joined', {}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const index = ctx.index(node);
  const graph = index.graphOf(node);
  // type flags once per level (type checks on moddle objects are not free)
  const parallel = new Set(graph.nodes.filter((n) => is(n, 'bpmn:ParallelGateway')));
  const splits = [...parallel].filter((n) => (graph.succ.get(n) || []).length >= 2 && isDiverging(n));
  if (!splits.length) return;
  const joins = new Set([...parallel].filter((n) => (graph.pred.get(n) || []).length >= 2 && isConverging(n)));
  const { ipdom, EXIT } = index.postDominatorsOf(node);
  for (const split of splits) {
    const join = ipdom(split);
    if (join === undefined) continue;
    if (join !== EXIT && !parallel.has(join)) {
      report(split.id, `${Describe(split)} verzweigt parallel, die Zweige werden aber ${describeAs(join, 'bei')} statt über ein paralleles Gateway zusammengeführt.`);
      continue;
    }
    const stops = new Set(joins);
    stops.add(split);
    const seenIn = new Map();
    (graph.succ.get(split) || []).forEach((start, i) => {
      for (const n of reachable(graph, start, stops)) {
        if (!seenIn.has(n)) seenIn.set(n, new Set());
        seenIn.get(n).add(i);
      }
    });
    let merge;
    for (const [n, branches] of seenIn) {
      if (branches.size >= 2 && n !== split && !parallel.has(n) && (graph.pred.get(n) || []).length >= 2) {
        merge = n;
        break;
      }
    }
    if (merge) {
      report(split.id, `${Describe(split)} verzweigt parallel, die Zweige treffen sich aber ${describeAs(merge, 'bei')}, ohne vorher parallel zusammengeführt zu werden.`);
    }
  }
}, { types: ['bpmn:FlowElementsContainer'] });
