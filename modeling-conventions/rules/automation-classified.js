'use strict';

/**
 * MK-DIG-06 — Automatisierungsgrad klassifizieren. Every task is classified by degree of
 * automation: `gpm:activityInfo automatisierung` (one of `levels`) or a classifying task type
 * (user, manual, service, script, business rule). Tasks in a pool or lane named like an IT
 * system must be automated (service/script/business rule task or automatisierung=automatisiert).
 * Long decision chains are reported by MK-STR-11 and not repeated here. `perElement` false
 * gives one summary per process for the missing classification.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny } = require('../lib/bpmn');
const { Describe, enumerate } = require('../lib/describe');
const { readActivityInfo } = require('../lib/gpm');
const { inItRole } = require('../lib/parties');

const TYPED = ['bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];
const AUTOMATED = ['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

module.exports = defineRule('automation-classified', {
  levels: ['manuell', 'teilautomatisiert', 'automatisiert', 'automatisierbar'],
  perElement: true
}, (ctx) => {
  const levels = (ctx.params.levels || []).map((l) => String(l).toLowerCase());
  const level = (task) => String((readActivityInfo(task) || {}).automatisierung || '').toLowerCase();
  const classified = (task) => levels.includes(level(task)) || isAny(task, TYPED);
  return (node, report) => {
    if (is(node, 'bpmn:Task')) {
      const index = ctx.index(node);
      const value = level(node);
      if (value && !levels.includes(value)) {
        report(node.id, `${Describe(node)} hat den unbekannten Automatisierungsgrad „${value}“ (zulässig: ${levels.join(', ')}).`);
      } else if (inItRole(index, node) && !isAny(node, AUTOMATED) && value !== 'automatisiert') {
        report(node.id, `${Describe(node)} liegt bei einem IT-System, ist aber nicht als automatisiert ausgewiesen (Service-, Skript- oder Geschäftsregelaufgabe oder Automatisierungsgrad „automatisiert“).`);
      } else if (ctx.params.perElement && !classified(node)) {
        report(node.id, `${Describe(node)} ist nicht nach Automatisierungsgrad klassifiziert (Aufgabentyp oder Attribut „Automatisierung“).`);
      }
      return;
    }
    if (ctx.params.perElement || !is(node, 'bpmn:Process')) return;
    const tasks = ctx.index(node).tasksOf(node);
    const open = tasks.filter((t) => !classified(t) && !level(t));
    if (open.length) {
      const target = ctx.index(node).reportElementFor(node);
      report(target.id, `${Describe(target)}: ${open.length} von ${tasks.length} Aufgaben sind nicht nach Automatisierungsgrad klassifiziert, z. B. ${enumerate(open, 3)}.`);
    }
  };
}, { types: (params) => (params.perElement ? ['bpmn:Task'] : ['bpmn:Task', 'bpmn:Process']) });
