'use strict';

/**
 * MK-DOC-05 — Dokumente und Datenobjekte benannt und referenziert. Data objects and data stores
 * take part in at least one (data) association with the activities that use them, and — when
 * `namePattern` is set (e.g. "^(Extern )?[A-Z0-9./-]+ .+" for "[Geschäftszeichen] [Bezeichnung]")
 * — their names follow it. Documents listed in an activity's `gpm:activityInfo dokumente` are
 * unique. Unnamed data objects are MK-NAME-01's finding.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

module.exports = defineRule('data-objects-named-linked', { namePattern: '', requireAssociation: true }, (ctx) => {
  let pattern;
  try {
    pattern = ctx.params.namePattern ? new RegExp(ctx.params.namePattern) : undefined;
  } catch (e) {
    pattern = undefined;
  }
  return (node, report) => {
    if (isAny(node, ['bpmn:DataObjectReference', 'bpmn:DataStoreReference'])) {
      const problems = [];
      if (ctx.params.requireAssociation && !ctx.index(node).linkedDataReferences.has(node)) problems.push('ist mit keiner Aktivität verbunden');
      const name = nameOf(node);
      if (pattern && name && !pattern.test(name)) problems.push('folgt nicht dem vereinbarten Namensschema');
      if (problems.length) report(node.id, `${Describe(node)} ${problems.join(' und ')}.`);
      return;
    }
    if (!is(node, 'bpmn:Activity')) return;
    const docs = (ctx.index(node).activityInfo(node) || {}).dokumente || [];
    const seen = new Set();
    const dupes = new Set();
    for (const d of docs) {
      const key = d.toLowerCase();
      if (seen.has(key)) dupes.add(d);
      seen.add(key);
    }
    if (dupes.size) report(node.id, `${Describe(node)} führt Dokumente mehrfach auf: ${[...dupes].map((d) => `„${d}“`).join(', ')}.`);
  };
}, { types: ['bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:Activity'] });
