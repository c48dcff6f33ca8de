'use strict';

/**
 * MK-PAL-04 — Aufgabentypen: IST/basic models use untyped tasks only; typed tasks (user,
 * service, manual, send/receive, business rule, script) unless listed in `allowedTaskTypes`.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe, typeName } = require('../lib/describe');

module.exports = defineRule('task-types-untyped', {
  allowedTaskTypes: []
}, (ctx) => {
  const allowed = new Set(ctx.params.allowedTaskTypes || []);
  return (node, report) => {
    if (!is(node, 'bpmn:Task') || node.$type === 'bpmn:Task' || allowed.has(node.$type)) return;
    report(node.id, `${Describe(node)} ist als ${typeName(node)} typisiert; im IST-/Basis-Modell werden nur einfache Aufgaben verwendet. Das Bearbeitungsmedium gehört in das Attribut „Medium“.`);
  };
}, { types: ['bpmn:Task'], scope: 'element' });
