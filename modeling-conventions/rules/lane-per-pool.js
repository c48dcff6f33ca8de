'use strict';

/**
 * MK-ORG-01 — Pool mit Lanes, jedes Element in genau einer Lane. Per process with flow nodes:
 * the model has a pool at all (`requirePool`), the process has lanes (`requireLanes`), and every
 * flow node of the process level — boundary events included — is in exactly one (innermost)
 * lane. Nodes inside sub-processes are not lane members in BPMN and are not checked.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, flowNodes } = require('../lib/bpmn');
const { Describe, enumerate } = require('../lib/describe');
const { allLanes } = require('../lib/lanes');

module.exports = defineRule('lane-per-pool', { requirePool: true, requireLanes: true }, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:Process')) return;
  const nodes = flowNodes(node);
  if (!nodes.length) return;
  const index = ctx.index(node);
  const pool = index.participantByProcess.get(node);
  if (!index.collaborations.length && ctx.params.requirePool) {
    report(node.id, `${Describe(node)} liegt in keinem Pool; ausmodellierte Prozesse werden in einem Pool mit mindestens einer Lane dargestellt.`);
  }
  if (!allLanes(node).length) {
    // a process without pool already got the finding above, which asks for lanes too
    if (ctx.params.requireLanes && pool) {
      report(pool.id, `${Describe(pool)} hat keine Lane; jede beteiligte Rolle bekommt eine eigene Lane.`);
    }
    return;
  }
  const membership = index.lanesOf(node);
  for (const n of nodes) {
    const lanes = membership.get(n) || [];
    if (lanes.length === 0) report(n.id, `${Describe(n)} ist keiner Lane zugeordnet.`);
    else if (lanes.length > 1) report(n.id, `${Describe(n)} ist mehreren Lanes zugeordnet (${enumerate(lanes)}); ein Element gehört zu genau einer Lane.`);
  }
}, { types: ['bpmn:Process'] });
