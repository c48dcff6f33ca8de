'use strict';

/**
 * MK-ORG-08 — Kundensicht (Ende-zu-Ende): a pool for the customer/applicant exists (name
 * patterns in `pool-roles.json` `customer`, plus `extraCustomerPatterns`) and exchanges messages
 * both ways with the administration: the request comes from the customer, the result goes back.
 * Skipped with `internalProcess` (support processes without customer).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { hasKeyword } = require('../lib/keywords');
const { poolRoles, withExtra } = require('../lib/lexicons');
const { modelElement, modelledProcesses } = require('../lib/modelInfo');

module.exports = defineRule('customer-pool-e2e', { internalProcess: false, extraCustomerPatterns: [] }, (ctx) => {
  const customer = withExtra(poolRoles.customer, ctx.params.extraCustomerPatterns);
  return (node, report) => {
    if (!is(node, 'bpmn:Definitions') || ctx.params.internalProcess) return;
    const index = ctx.index(node);
    if (!modelledProcesses(index).length) return;
    const customers = index.participants.filter((p) => hasKeyword(nameOf(p), customer));
    if (!customers.length) {
      const target = modelElement(index);
      if (target) report(target.id, 'Das Modell zeigt keinen Pool für Kund:innen bzw. Antragstellende; Start und Ende eines Ende-zu-Ende-Prozesses leiten sich aus ihrer Sicht ab (Anliegen → Ergebnis).');
      return;
    }
    for (const c of customers) {
      const sends = index.messageFlows.some((f) => index.poolOf(f.sourceRef) === c && index.poolOf(f.targetRef) !== c);
      const receives = index.messageFlows.some((f) => index.poolOf(f.targetRef) === c && index.poolOf(f.sourceRef) !== c);
      if (!sends && !receives) report(c.id, `${Describe(c)} tauscht keine Nachrichten mit der Verwaltung aus; zeigen Sie Anliegen (z. B. Antrag) und Ergebnis (z. B. Bescheid).`);
      else if (!sends) report(c.id, `${Describe(c)} sendet keine Nachricht an die Verwaltung; der Prozess sollte mit dem Anliegen der Kund:innen beginnen.`);
      else if (!receives) report(c.id, `${Describe(c)} erhält keine Nachricht von der Verwaltung; der Prozess sollte mit einem Ergebnis für die Kund:innen enden.`);
    }
  };
}, { types: ['bpmn:Definitions'] });
