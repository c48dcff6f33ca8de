'use strict';

/**
 * MK-LAY-06 — Farben nur nach Farbkonzept: DI colours (`bioc:fill/stroke`,
 * `color:background-color/border-color`, label `color:color`) must be neutral
 * (`neutralColours`, e.g. tool defaults white/black) or allowed for the element's type
 * (`allowedColours`: { "bpmn:Participant": ["#dae8fc"], "*": [] }; keys are BPMN types, matched
 * with inheritance, "*" for all). Default colour scheme: no colours.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { coloursOf, normalizeColour } = require('../lib/colours');

module.exports = defineRule('colour-scheme', {
  neutralColours: ['#ffffff', '#000000'],
  allowedColours: {}
}, (ctx) => {
  const neutral = new Set((ctx.params.neutralColours || []).map(normalizeColour));
  const allowed = ctx.params.allowedColours && typeof ctx.params.allowedColours === 'object' ? ctx.params.allowedColours : {};
  const allowedFor = (el) => {
    const set = new Set((allowed['*'] || []).map(normalizeColour));
    for (const [type, list] of Object.entries(allowed)) {
      if (type !== '*' && is(el, type)) (list || []).forEach((c) => set.add(normalizeColour(c)));
    }
    return set;
  };
  return (node, report) => {
    if (!isAny(node, ['bpmndi:BPMNShape', 'bpmndi:BPMNEdge'])) return;
    const colours = coloursOf(node).filter((c) => !neutral.has(c.value));
    if (!colours.length) return;
    const el = node.bpmnElement;
    const ok = allowedFor(el);
    const bad = [...new Set(colours.filter((c) => !ok.has(c.value)).map((c) => c.value))];
    if (!bad.length) return;
    const subject = el ? Describe(el) : `Das Diagrammelement ${node.id}`;
    report((el && el.id) || node.id, `${subject} ist farbig dargestellt (${bad.join(', ')}); Farben werden nur nach dem vereinbarten Farbkonzept verwendet.`);
  };
}, { types: ['bpmndi:BPMNShape', 'bpmndi:BPMNEdge'], scope: 'element' });
