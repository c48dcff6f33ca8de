'use strict';

/**
 * MK-DOC-03 — Beschreibung, Auslöser und Ergebnis. Each modelled process has a description of at
 * least `minLength` characters (on the process, its pool or the collaboration) and names trigger
 * and result (Steckbrief `ausloeser`/`ergebnis`, or as fallback a named start and end event);
 * collapsed sub-processes and call activities are described too (own documentation or that of
 * the called process). Tasks whose label is longer than `maxWords`/`maxChars` without a
 * description get the hint `longLabelSeverity`.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, isEventSubProcess, nameOf, documentationText, flowNodes } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { steckbriefe, modelledProcesses } = require('../lib/modelInfo');

module.exports = defineRule('description-present', {
  minLength: 30,
  maxWords: 6,
  maxChars: 50,
  longLabelSeverity: 'info'
}, (ctx) => (node, report) => {
  const p = ctx.params;
  const described = (el) => !!el && documentationText(el).length >= p.minLength;
  if (is(node, 'bpmn:Definitions')) {
    const index = ctx.index(node);
    const infos = steckbriefe(index).map((s) => s.info);
    const collabDescribed = index.collaborations.some(described);
    for (const { process, target } of modelledProcesses(index)) {
      const missing = [];
      if (!collabDescribed && !described(process) && !described(index.participantByProcess.get(process))) {
        missing.push(`eine Kurzbeschreibung (mindestens ${p.minLength} Zeichen)`);
      }
      const nodes = flowNodes(process);
      const trigger = infos.some((i) => i.ausloeser) || nodes.some((n) => is(n, 'bpmn:StartEvent') && nameOf(n));
      const result = infos.some((i) => i.ergebnis) || nodes.some((n) => is(n, 'bpmn:EndEvent') && nameOf(n));
      if (!trigger) missing.push('den Auslöser');
      if (!result) missing.push('das Ergebnis');
      if (missing.length) report(target.id, `${Describe(target)} braucht noch ${missing.length > 1 ? missing.slice(0, -1).join(', ') + ' und ' + missing[missing.length - 1] : missing[0]}.`);
    }
    return;
  }
  const index = ctx.index(node);
  if (isAny(node, ['bpmn:SubProcess', 'bpmn:CallActivity']) && !isEventSubProcess(node)) {
    if (is(node, 'bpmn:SubProcess') && index.isCollapsed(node) !== true) return;
    const called = is(node, 'bpmn:CallActivity') && typeof node.calledElement === 'string' ? index.processById(node.calledElement) : undefined;
    if (!described(node) && !described(called)) {
      report(node.id, `${Describe(node)} hat keine Kurzbeschreibung (mindestens ${p.minLength} Zeichen) mit Auslöser und Ergebnis.`);
    }
    return;
  }
  if (is(node, 'bpmn:Task')) {
    const name = nameOf(node);
    const words = name ? name.split(' ').length : 0;
    if ((words > p.maxWords || name.length > p.maxChars) && !documentationText(node)) {
      report(node.id, `${Describe(node)} hat einen langen Namen (${words} Wörter, ${name.length} Zeichen) und keine Beschreibung; verschieben Sie Details in die Beschreibung.`, p.longLabelSeverity);
    }
  }
}, { types: ['bpmn:Definitions', 'bpmn:SubProcess', 'bpmn:CallActivity', 'bpmn:Task'] });
