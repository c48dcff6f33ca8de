'use strict';

/**
 * MK-LAY-02 — Modellierrichtung links nach rechts (heuristic, on DI geometry). A sequence flow
 * must not lead backwards (target left of source) unless it belongs to a loop (both ends in the
 * same strongly connected component); it must not leave its source to the left nor enter its
 * target from the right; with `strictActivitySides` activities are left only to the right.
 * With `messageFlowsVertical`, message flows dock at the top or bottom of shapes.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { center, dockingSide } = require('../lib/geometry');

const SIDE = { left: 'links', right: 'rechts', top: 'oben', bottom: 'unten' };

module.exports = defineRule('left-to-right-flow', {
  tolerance: 5,
  strictActivitySides: true,
  messageFlowsVertical: true
}, (ctx) => (node, report) => {
  if (!isAny(node, ['bpmn:SequenceFlow', 'bpmn:MessageFlow'])) return;
  const index = ctx.index(node);
  const di = index.diByElement;
  const points = index.waypoints(di.get(node));
  const sb = index.bounds(di.get(node.sourceRef));
  const tb = index.bounds(di.get(node.targetRef));
  if (points.length < 2 || !sb || !tb) return;
  const exit = dockingSide(sb, points);
  const entry = dockingSide(tb, points.slice().reverse());
  const problems = [];
  if (is(node, 'bpmn:MessageFlow')) {
    if (ctx.params.messageFlowsVertical) {
      if ((exit === 'left' || exit === 'right') && !is(node.sourceRef, 'bpmn:Participant')) problems.push(`verlässt ${quotedEnd(node.sourceRef)} seitlich (${SIDE[exit]})`);
      if ((entry === 'left' || entry === 'right') && !is(node.targetRef, 'bpmn:Participant')) problems.push(`mündet seitlich (${SIDE[entry]}) in ${quotedEnd(node.targetRef)}`);
    }
    if (problems.length) report(node.id, `${Describe(node)} ${problems.join(' und ')}; Nachrichtenflüsse docken oben oder unten an.`);
    return;
  }
  const container = node.$parent;
  const loops = container ? index.loopMembershipOf(container) : new Map();
  const loop = loops.get(node.sourceRef);
  if (loop && loop === loops.get(node.targetRef)) return; // loop edges may run backwards
  if (center(tb).x < center(sb).x - ctx.params.tolerance) problems.push('führt nach links zurück, ohne Teil einer Schleife zu sein');
  if (exit === 'left') problems.push(`verlässt ${quotedEnd(node.sourceRef)} nach links`);
  else if (ctx.params.strictActivitySides && is(node.sourceRef, 'bpmn:Activity') && exit && exit !== 'right') {
    problems.push(`verlässt die Aktivität ${quotedEnd(node.sourceRef)} nach ${SIDE[exit]} statt nach rechts`);
  }
  if (entry === 'right') problems.push(`mündet von rechts in ${quotedEnd(node.targetRef)}`);
  if (problems.length) report(node.id, `${Describe(node)} ${problems.join(', ')}; der Ablauf verläuft von links nach rechts.`);
}, { types: ['bpmn:SequenceFlow', 'bpmn:MessageFlow'] });

function quotedEnd(el) {
  const name = el && typeof el.name === 'string' ? el.name.replace(/\s+/g, ' ').trim() : '';
  return name ? `„${name}“` : `(ID ${el && el.id})`;
}
