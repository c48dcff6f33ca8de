'use strict';

/**
 * MK-ORG-04 — Lane-Verschachtelung begrenzen: lanes nested deeper than `maxDepth` (1 = lanes
 * directly in the pool) are reported.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

function depth(lane) {
  let d = 0;
  let current = lane;
  let guard = 0;
  while (current && guard++ < 1000) {
    if (is(current, 'bpmn:Lane')) d++;
    current = current.$parent;
  }
  return d;
}

module.exports = defineRule('lane-nesting-depth', { maxDepth: 2 }, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:Lane')) return;
  const d = depth(node);
  if (d > ctx.params.maxDepth) {
    report(node.id, `${Describe(node)} liegt in Verschachtelungsebene ${d}; erlaubt sind höchstens ${ctx.params.maxDepth} Ebenen.`);
  }
}, { types: ['bpmn:Lane'] });
