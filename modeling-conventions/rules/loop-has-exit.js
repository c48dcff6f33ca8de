'use strict';

/**
 * MK-STR-14 — Schleifen nur über Entscheidungen mit Ausgang: every loop (non-trivial strongly
 * connected component of a process level's sequence-flow graph, Tarjan) contains a diverging
 * gateway of `exitGatewayTypes` with a flow leaving the loop — or, with `boundaryEventsAsExit`,
 * an activity with a boundary event that is left through one of its two ways (retry loops:
 * the exception path loops back, the normal completion leaves). A loop without any exit is a
 * livelock. Reported once per loop, on the node where it is entered.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { describe, enumerate } = require('../lib/describe');

module.exports = defineRule('loop-has-exit', {
  exitGatewayTypes: ['bpmn:ExclusiveGateway', 'bpmn:EventBasedGateway'],
  boundaryEventsAsExit: true
}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const index = ctx.index(node);
  const graph = index.graphOf(node);
  const order = new Map(graph.nodes.map((n, i) => [n, i]));
  for (const component of index.loopsOf(node)) {
    const inside = new Set(component);
    const leaves = (n) => (graph.succ.get(n) || []).some((m) => !inside.has(m));
    // a choice: a decision gateway, or an activity with a boundary event (normal end vs. exception)
    const choice = (n) => (isAny(n, ctx.params.exitGatewayTypes) && (graph.succ.get(n) || []).length >= 2) ||
      (ctx.params.boundaryEventsAsExit && is(n, 'bpmn:Activity') && (graph.succ.get(n) || []).some((m) => is(m, 'bpmn:BoundaryEvent')));
    const ok = component.some((n) => choice(n) && leaves(n));
    if (ok) continue;
    const sorted = component.slice().sort((a, b) => order.get(a) - order.get(b));
    const entry = sorted.find((n) => (graph.pred.get(n) || []).some((p) => !inside.has(p))) || sorted[0];
    const members = enumerate(sorted, 3);
    const message = sorted.some(leaves)
      ? `Die Schleife über ${members} wird nicht über ein exklusives oder ereignisbasiertes Gateway verlassen; Rücksprünge brauchen eine Entscheidung mit Ausgang.`
      : `Die Schleife über ${members} hat keinen Ausgang (Endlosschleife); ${describe(entry)} wird immer wieder erreicht.`;
    report(entry.id, message);
  }
}, { types: ['bpmn:FlowElementsContainer'] });
