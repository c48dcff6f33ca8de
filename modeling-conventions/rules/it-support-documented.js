'use strict';

/**
 * MK-DOC-04 — IT-Unterstützung je Aktivität. Every task documents its IT system
 * (`gpm:activityInfo itSysteme`) or explicitly "ohne IT" (`ohneIT`); also accepted: an
 * association to a data store, a pool/lane named like an IT system (lexicon `pool-roles.json`
 * `it`), or an automated task type (service, script, business rule). With `itSystemCatalogue`
 * the named systems must be in it. `perElement` false (IST/basic profile) gives one summary per
 * process instead of one finding per task.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, nameOf } = require('../lib/bpmn');
const { Describe, describeAs, capitalize, enumerate } = require('../lib/describe');
const { hasKeyword } = require('../lib/keywords');
const { poolRoles } = require('../lib/lexicons');

const AUTOMATED = ['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

module.exports = defineRule('it-support-documented', { perElement: true, itSystemCatalogue: [] }, (ctx) => {
  const p = ctx.params;
  const catalogue = Array.isArray(p.itSystemCatalogue) ? p.itSystemCatalogue : [];
  /** undefined if documented, else 'missing' or a list of unknown systems */
  const verdict = (task, index) => {
    const info = index.activityInfo(task) || { itSysteme: [] };
    if (info.ohneIT) return undefined;
    if (info.itSysteme.length) {
      const unknown = catalogue.length ? info.itSysteme.filter((s) => !catalogue.includes(s)) : [];
      return unknown.length ? unknown : undefined;
    }
    if (isAny(task, AUTOMATED)) return undefined;
    if ([...index.associatedWith(task)].some((e) => is(e, 'bpmn:DataStoreReference'))) return undefined;
    const lane = index.laneOf(task);
    const pool = index.poolOf(task);
    if ((lane && hasKeyword(nameOf(lane), poolRoles.it)) || (pool && hasKeyword(nameOf(pool), poolRoles.it))) return undefined;
    return 'missing';
  };
  return (node, report) => {
    if (p.perElement) {
      if (!is(node, 'bpmn:Task')) return;
      const v = verdict(node, ctx.index(node));
      if (v === 'missing') report(node.id, `${capitalize(describeAs(node, 'für'))} ist kein IT-System angegeben (oder ausdrücklich „ohne IT“).`);
      else if (v) report(node.id, `${Describe(node)} nennt IT-Systeme, die nicht im Verfahrenskatalog stehen: ${v.join(', ')}.`);
      return;
    }
    if (!is(node, 'bpmn:Process')) return;
    const index = ctx.index(node);
    const tasks = index.tasksOf(node);
    if (!tasks.length) return;
    const open = tasks.filter((t) => verdict(t, index) !== undefined);
    if (open.length) {
      const target = index.reportElementFor(node);
      report(target.id, `${Describe(target)}: Bei ${open.length} von ${tasks.length} Aufgaben fehlt die Angabe des IT-Systems (oder „ohne IT“), z. B. ${enumerate(open, 3)}.`);
    }
  };
}, { types: (params) => (params.perElement ? ['bpmn:Task'] : ['bpmn:Process']) });
