'use strict';

/**
 * The sequence-flow graph of one process level (a process or a sub-process): its flow nodes
 * and the sequence flows between them, derived from the flows' source/target references (not
 * from `incoming`/`outgoing`, which some tools omit). A boundary event is reachable from its
 * host activity (edge host → boundary event), so exception paths count as branches.
 */
const { is, flowElements } = require('../bpmn');

/**
 * @param {object} container process or sub-process
 * @returns {{ nodes: object[], succ: Map<object, object[]>, pred: Map<object, object[]>, flows: object[] }}
 */
function flowGraph(container) {
  const elements = flowElements(container);
  const nodes = elements.filter((e) => is(e, 'bpmn:FlowNode'));
  const nodeSet = new Set(nodes);
  const succ = new Map(nodes.map((n) => [n, []]));
  const pred = new Map(nodes.map((n) => [n, []]));
  const flows = [];
  const link = (a, b) => {
    succ.get(a).push(b);
    pred.get(b).push(a);
  };
  for (const e of elements) {
    if (!is(e, 'bpmn:SequenceFlow')) continue;
    if (!nodeSet.has(e.sourceRef) || !nodeSet.has(e.targetRef)) continue;
    flows.push(e);
    link(e.sourceRef, e.targetRef);
  }
  for (const n of nodes) {
    if (is(n, 'bpmn:BoundaryEvent') && nodeSet.has(n.attachedToRef)) link(n.attachedToRef, n);
  }
  return { nodes, succ, pred, flows };
}

/** Nodes reachable from `start` (inclusive) following `succ`, not expanding past `stop` nodes. */
function reachable(graph, start, stop) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const n = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    if (stop && stop.has(n)) continue;
    for (const m of graph.succ.get(n) || []) if (!seen.has(m)) stack.push(m);
  }
  return seen;
}

module.exports = { flowGraph, reachable };
