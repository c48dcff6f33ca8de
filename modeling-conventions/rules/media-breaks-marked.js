'use strict';

/**
 * MK-DIG-01 — Medienbrüche kennzeichnen und begründen. Every task states its processing medium
 * (`gpm:activityInfo medium`; `requireMedium`, summarised per process unless `perElement`);
 * changes between digital and paper along the flow are media breaks (see lib/media.js, label
 * inference with `inferFromLabels`). With `requireJustification` (SOLL) a break is only
 * accepted when one of the two activities carries `medienbruchBegruendung`; without it (IST)
 * every break is marked.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe, quoted, enumerate } = require('../lib/describe');
const { mediaBreaks } = require('../lib/media');

const LABEL = { digital: 'digital', papier: 'Papier' };

function justified(activity, index) {
  return !!(index.activityInfo(activity) || {}).medienbruchBegruendung;
}

function hasMedium(task, index) {
  return /^(digital|papier|hybrid)$/i.test((index.activityInfo(task) || {}).medium || '');
}

module.exports = defineRule('media-breaks-marked', {
  requireJustification: false,
  requireMedium: true,
  perElement: false,
  inferFromLabels: true
}, (ctx) => (node, report) => {
  const p = ctx.params;
  if (is(node, 'bpmn:FlowElementsContainer')) {
    const index = ctx.index(node);
    for (const b of mediaBreaks(index, node, p.inferFromLabels)) {
      if (p.requireJustification && (justified(b.from, index) || justified(b.to, index))) continue;
      const guess = b.inferred ? ' (aus den Namen geschlossen)' : '';
      const tail = p.requireJustification
        ? 'Im SOLL-Modell ist ein Medienbruch nur mit Begründung zulässig (Attribut „Begründung Medienbruch“).'
        : 'Kennzeichnen Sie ihn und prüfen Sie, ob er vermeidbar ist.';
      report(b.to.id, `Medienbruch${guess}: ${quoted(b.from)} (${LABEL[b.fromMedium]}) → ${quoted(b.to)} (${LABEL[b.toMedium]}). ${tail}`);
    }
    if (p.requireMedium && !p.perElement && is(node, 'bpmn:Process')) {
      const tasks = index.tasksOf(node);
      const open = tasks.filter((t) => !hasMedium(t, index));
      if (open.length) {
        const target = index.reportElementFor(node);
        report(target.id, `${Describe(target)}: Bei ${open.length} von ${tasks.length} Aufgaben fehlt das Bearbeitungsmedium (digital, Papier, hybrid), z. B. ${enumerate(open, 3)}.`);
      }
    }
    return;
  }
  if (p.requireMedium && p.perElement && is(node, 'bpmn:Task') && !hasMedium(node, ctx.index(node))) {
    report(node.id, `${Describe(node)} gibt kein Bearbeitungsmedium an (digital, Papier oder hybrid).`);
  }
}, { types: (params) => (params.requireMedium && params.perElement ? ['bpmn:FlowElementsContainer', 'bpmn:Task'] : ['bpmn:FlowElementsContainer']) });
