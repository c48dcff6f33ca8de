'use strict';

/**
 * MK-ORG-05 — Jeder Teilnehmer nur einmal: within a collaboration, pool names (normalised) are
 * unique and no process is drawn by two pools. The second and later occurrences are reported.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf, normalizeName } = require('../lib/bpmn');
const { Describe, quoted } = require('../lib/describe');

module.exports = defineRule('pool-unique', {}, () => (node, report) => {
  if (!is(node, 'bpmn:Collaboration')) return;
  const byName = new Map();
  const byProcess = new Map();
  for (const p of (node.participants || []).filter(Boolean)) {
    const key = normalizeName(nameOf(p));
    if (key) {
      if (byName.has(key)) {
        report(p.id, `${Describe(p)} kommt mehrfach vor (wie ${quoted(byName.get(key))}); jeder Beteiligte erscheint je Diagramm nur einmal.`);
        continue;
      }
      byName.set(key, p);
    }
    if (p.processRef) {
      if (byProcess.has(p.processRef)) {
        report(p.id, `${Describe(p)} stellt denselben Prozess dar wie ${quoted(byProcess.get(p.processRef))}.`);
        continue;
      }
      byProcess.set(p.processRef, p);
    }
  }
}, { types: ['bpmn:Collaboration'] });
