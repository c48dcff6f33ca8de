'use strict';

/**
 * MK-STR-12 — Startereignisse: core `single-blank-start-event` (at most one untyped start event
 * per process level) plus a custom check: several start events of one level must meet within
 * `mergeWithinSteps` sequence flows (the same converging gateway or the same first activity).
 * The merge part is reported with the severity hint `mergeSeverity` (catalog: warning).
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { is, isEventSubProcess } = require('../lib/bpmn');
const { describe, enumerate } = require('../lib/describe');

function within(graph, start, steps) {
  const seen = new Set();
  let frontier = [start];
  for (let i = 0; i < steps; i++) {
    const nextFrontier = [];
    for (const n of frontier) {
      for (const m of graph.succ.get(n) || []) {
        if (!seen.has(m)) {
          seen.add(m);
          nextFrontier.push(m);
        }
      }
    }
    frontier = nextFrontier;
  }
  return seen;
}

module.exports = wrapCoreRules('start-events-merged', {
  coreRules: ['single-blank-start-event'],
  defaults: { mergeWithinSteps: 1, mergeSeverity: 'warning' },
  extraTypes: ['bpmn:FlowElementsContainer'],
  extra: (ctx) => (node, report) => {
    if (!is(node, 'bpmn:FlowElementsContainer') || isEventSubProcess(node)) return;
    const graph = ctx.index(node).graphOf(node);
    const starts = graph.nodes.filter((n) => is(n, 'bpmn:StartEvent'));
    if (starts.length < 2) return;
    const steps = Math.max(1, Number(ctx.params.mergeWithinSteps) || 1);
    const sets = starts.map((s) => within(graph, s, steps));
    // the meeting point reached by most start events; the others are reported
    const counts = new Map();
    for (const set of sets) for (const n of set) counts.set(n, (counts.get(n) || 0) + 1);
    let meeting;
    for (const [n, c] of counts) if (!meeting || c > counts.get(meeting)) meeting = n;
    if (meeting && counts.get(meeting) === starts.length) return;
    const shared = !!meeting && counts.get(meeting) > 1;
    starts.forEach((start, i) => {
      // with a partial meeting point, starts reaching it are fine; without any, the first is kept
      if (shared ? sets[i].has(meeting) : i === 0) return;
      report(start.id, `Die Startereignisse ${enumerate(starts)} werden nicht innerhalb von ${steps} Schritt(en) zusammengeführt; ${describe(start)} führt auf einen eigenen Pfad. Führen Sie die Startereignisse über ein Gateway oder dieselbe erste Aufgabe zusammen.`, ctx.params.mergeSeverity);
    });
  }
});
