'use strict';

/**
 * MK-ORG-03 — Lanes benennen Rollen bzw. Organisationseinheiten (heuristic). Uses the German
 * lane analysis of `lib/german` (person names, e-mail/phone, activity-like labels → warning;
 * plural forms → hint `pluralSeverity`) and reports a lane named like its pool (hint
 * `poolNameSeverity`), except in external pools, where Stuttgart's convention wants exactly that.
 * Unnamed lanes are MK-NAME-01's finding.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf, normalizeName } = require('../lib/bpmn');
const { Describe, quoted } = require('../lib/describe');
const { hasKeyword } = require('../lib/keywords');
const { poolRoles } = require('../lib/lexicons');
const { laneRoleFindings } = require('../lib/german');

module.exports = defineRule('lane-role-name', { pluralSeverity: 'info', poolNameSeverity: 'info' }, (ctx) => {
  const external = poolRoles.customer.concat(poolRoles.external);
  return (node, report) => {
    if (!is(node, 'bpmn:Lane')) return;
    const name = nameOf(node);
    if (!name) return;
    const { issues, hints } = laneRoleFindings(name);
    if (issues.some((i) => i.code === 'person-name')) {
      report(node.id, `${Describe(node)} nennt offenbar eine Person oder Kontaktdaten; Lanes benennen Rollen oder Organisationseinheiten (z. B. „Sachbearbeitung Wohngeld“).`);
    } else if (issues.some((i) => i.code === 'activity')) {
      report(node.id, `${Describe(node)} klingt nach einer Tätigkeit; Lanes benennen die zuständige Rolle oder Organisationseinheit.`);
    } else if (hints.length) {
      report(node.id, `${Describe(node)} steht offenbar im Plural; Lanes benennen eine Rolle im Singular (z. B. „Sachbearbeitung“ statt „Sachbearbeiter/innen“).`, ctx.params.pluralSeverity);
    }
    const pool = ctx.index(node).poolOf(node);
    if (pool && normalizeName(nameOf(pool)) === normalizeName(name) && !hasKeyword(nameOf(pool), external)) {
      report(node.id, `${Describe(node)} trägt denselben Namen wie ihr Pool ${quoted(pool)}; benennen Sie die Rolle innerhalb der Organisationseinheit.`, ctx.params.poolNameSeverity);
    }
  };
}, { types: ['bpmn:Lane'] });
