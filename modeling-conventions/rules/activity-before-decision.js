'use strict';

/**
 * MK-STR-10 — Aktivität vor Entscheidung: a diverging exclusive or inclusive gateway is
 * preceded by the activity that takes or checks the decision. Walking backwards through
 * gateways (and, with `passThroughNoneEvents`, through none intermediate events — milestones
 * such as Stuttgart's "event after a sub-process"), the first other predecessor on every path
 * must be an activity; an event there (start, message/timer, boundary) is reported, naming it.
 */
const { defineRule } = require('../lib/ruleKit');
const { isAny, is, isDiverging, incoming, eventDefinitionTypes } = require('../lib/bpmn');
const { describe, quoted } = require('../lib/describe');

module.exports = defineRule('activity-before-decision', { passThroughNoneEvents: true }, (ctx) => (node, report) => {
  if (!isAny(node, ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway']) || !isDiverging(node)) return;
  const events = [];
  const seen = new Set([node]);
  const queue = incoming(node).map((f) => f.sourceRef);
  while (queue.length) {
    const p = queue.shift();
    if (!p || seen.has(p)) continue;
    seen.add(p);
    const milestone = ctx.params.passThroughNoneEvents && isAny(p, ['bpmn:IntermediateThrowEvent', 'bpmn:IntermediateCatchEvent']) &&
      eventDefinitionTypes(p).length === 0;
    if (is(p, 'bpmn:Gateway') || milestone) queue.push(...incoming(p).map((f) => f.sourceRef));
    else if (is(p, 'bpmn:Event') && !events.includes(p)) events.push(p);
  }
  if (events.length) {
    report(node.id, `Vor der Entscheidung ${quoted(node)} steht keine Aktivität, sondern ${events.slice(0, 3).map(describe).join(' bzw. ')}; modellieren Sie die Prüfung bzw. Entscheidung als Aktivität davor.`);
  }
}, { types: ['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway'] });
