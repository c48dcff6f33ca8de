'use strict';

/**
 * MK-ORG-07 — Lanes mit Rollenkatalog verknüpft: once the model's status is at least
 * `minStatus`, every lane references a role or org unit: `partitionElementRef`, or
 * `gpm:laneInfo rolleRef` — which must be in `roleCatalogue` when that list is not empty.
 * Models without status are treated as drafts.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readLaneInfo } = require('../lib/gpm');
const { statusAtLeast } = require('../lib/modelInfo');

module.exports = defineRule('lane-role-reference', { minStatus: 'in_pruefung', roleCatalogue: [] }, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:Lane')) return;
  const index = ctx.index(node);
  if (!statusAtLeast(index, ctx.params.minStatus)) return;
  if (node.partitionElementRef) return;
  const ref = (readLaneInfo(node) || {}).rolleRef;
  const catalogue = Array.isArray(ctx.params.roleCatalogue) ? ctx.params.roleCatalogue : [];
  if (!ref) {
    report(node.id, `${Describe(node)} ist mit keiner Rolle aus dem Organisationskatalog verknüpft (Attribut „Rolle“ fehlt).`);
  } else if (catalogue.length && !catalogue.includes(ref)) {
    report(node.id, `${Describe(node)} verweist auf die Rolle „${ref}“, die im Organisationskatalog nicht vorkommt.`);
  }
}, { types: ['bpmn:Lane'] });
