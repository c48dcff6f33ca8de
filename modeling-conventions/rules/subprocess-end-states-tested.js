'use strict';

/**
 * MK-STR-13 — Abschluss von Teilprozessen sichtbar machen: after a collapsed sub-process or a
 * call activity (called process in the same file) with several distinct end states, a gateway
 * tests the end state. Style `ms` (Method & Style): a diverging exclusive/inclusive/event-based
 * gateway follows, and with `matchGateLabels` its gate labels name the end states. Style `lhs`
 * (Stuttgart): an intermediate event or such a gateway follows. Called processes not in the file
 * cannot be resolved here and are skipped.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, flowNodes, isEventSubProcess, nameOf, normalizeName, outgoing, isDiverging } = require('../lib/bpmn');
const { Describe, enumerate, quoted } = require('../lib/describe');

function endStatesOf(node, index) {
  let container;
  if (is(node, 'bpmn:CallActivity')) {
    const ref = node.calledElement;
    const target = typeof ref === 'string' ? index.processById(ref) : ref;
    container = is(target, 'bpmn:Process') ? target : undefined;
  } else if (is(node, 'bpmn:SubProcess') && !isEventSubProcess(node) && index.isCollapsed(node) !== false) {
    container = node;
  }
  if (!container) return [];
  const ends = flowNodes(container).filter((n) => is(n, 'bpmn:EndEvent'));
  const seen = new Set();
  return ends.filter((e) => {
    const key = normalizeName(nameOf(e)) || e.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function matches(label, endName) {
  const a = normalizeName(label);
  const b = normalizeName(endName);
  return !!a && !!b && (a === b || a.includes(b) || b.includes(a));
}

module.exports = defineRule('subprocess-end-states-tested', { style: 'ms', matchGateLabels: true }, (ctx) => (node, report) => {
  if (!isAny(node, ['bpmn:SubProcess', 'bpmn:CallActivity'])) return;
  const ends = endStatesOf(node, ctx.index(node));
  if (ends.length < 2) return;
  const targets = outgoing(node).map((f) => f.targetRef).filter(Boolean);
  const isTest = (t) => isAny(t, ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:EventBasedGateway']) && isDiverging(t);
  const lhsOk = (t) => isTest(t) || isAny(t, ['bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent']);
  const test = targets.find(isTest);
  if (ctx.params.style === 'lhs') {
    if (!targets.some(lhsOk)) {
      report(node.id, `${Describe(node)} hat mehrere Endzustände (${enumerate(ends)}), danach folgt aber weder ein Zwischenereignis noch ein Gateway, das den Endzustand abfragt.`);
    }
    return;
  }
  if (!test) {
    report(node.id, `${Describe(node)} hat mehrere Endzustände (${enumerate(ends)}), danach folgt aber kein Gateway, das den Endzustand abfragt.`);
    return;
  }
  if (!ctx.params.matchGateLabels) return;
  const gates = outgoing(test).map((f) => nameOf(f));
  const unmatched = gates.filter((g) => !ends.some((e) => matches(g, nameOf(e))));
  if (unmatched.length) {
    report(node.id, `Die Ausgänge von ${quoted(test)} sollten wie die Endzustände von ${quoted(node)} (${enumerate(ends)}) benannt sein.`);
  }
}, { types: ['bpmn:SubProcess', 'bpmn:CallActivity'] });
