'use strict';

/**
 * MK-STR-06 — Explizite Zusammenführung: core `fake-join` (activity or event with several
 * incoming flows) with German messages. With `allowImplicitXorMerge` (Stuttgart style), a node
 * is accepted when it is the merge point (immediate post-dominator) of an exclusive split and
 * every incoming flow comes from that split's branches.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { is, isDiverging } = require('../lib/bpmn');
const { reachable } = require('../lib/graph/flowGraph');

function isImplicitXorMerge(node, ctx) {
  const container = node && node.$parent;
  if (!container) return false;
  const index = ctx.index(node);
  const graph = index.graphOf(container);
  if (!graph.pred.has(node)) return false;
  const { ipdom } = index.postDominatorsOf(container);
  const preds = graph.pred.get(node);
  for (const split of graph.nodes) {
    if (!is(split, 'bpmn:ExclusiveGateway') || !isDiverging(split) || ipdom(split) !== node) continue;
    const region = reachable(graph, split, new Set([node]));
    if (preds.every((p) => region.has(p))) return true;
  }
  return false;
}

module.exports = wrapCoreRules('explicit-merge', {
  coreRules: ['fake-join'],
  defaults: { allowImplicitXorMerge: false },
  // the node's incoming flows — unless implicit XOR merges are allowed (then the whole graph decides)
  scope: (params) => (params.allowImplicitXorMerge ? undefined : 'neighbourhood'),
  keep: (r, ctx) => !(ctx.params.allowImplicitXorMerge && isImplicitXorMerge(r.element, ctx))
});
