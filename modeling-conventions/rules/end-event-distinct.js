'use strict';

/**
 * MK-NAME-05 — Endereignisse mit eindeutigem Endzustand: per process level (process or
 * sub-process) every end event names a different business outcome; names that say nothing
 * about the outcome ("Ende", "Prozessende", "Beendet") are reported as well.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, flowElements, nameOf } = require('../lib/bpmn');
const { labelKey } = require('../lib/german/normalizeLabel');
const { q } = require('../lib/german/namingMessages');

module.exports = defineRule('end-event-distinct', {
  allowSameName: false,
  genericEndNames: ['Ende', 'End', 'Prozessende', 'Prozess beendet', 'Prozess abgeschlossen', 'Ende des Prozesses', 'Beendet', 'Abgeschlossen', 'Fertig', 'Erledigt', 'Finished', 'Done']
}, (ctx) => {
  const generic = new Set((ctx.params.genericEndNames || []).map(labelKey));
  return (node, report) => {
    if (!isAny(node, ['bpmn:Process', 'bpmn:SubProcess'])) return;
    const ends = flowElements(node).filter((e) => is(e, 'bpmn:EndEvent') && nameOf(e));
    const seen = new Map();
    for (const end of ends) {
      const key = labelKey(end.name);
      if (generic.has(key)) {
        report(end.id, `${q(nameOf(end))}: Endereignisse nennen das fachliche Ergebnis, z. B. „Antrag bewilligt“ oder „Antrag abgelehnt“.`);
      }
      if (seen.has(key) && !ctx.params.allowSameName) {
        report(end.id, `${q(nameOf(end))}: dieser Endzustand ist auf derselben Ebene mehrfach modelliert – gleiche Endzustände zusammenführen, verschiedene unterschiedlich benennen.`);
      } else if (!seen.has(key)) {
        seen.set(key, end);
      }
    }
  };
}, { types: ['bpmn:Process', 'bpmn:SubProcess'] });
