'use strict';

/**
 * MK-DIG-05 — Once-Only prüfen (heuristic). Activities — and message flows towards a customer
 * pool — that request evidence from applicants (an evidence noun AND a request verb from the
 * lexicon: "Meldebescheinigung anfordern", "Unterlagen nachfordern") are flagged for a
 * register retrieval check, unless `gpm:activityInfo onceOnlyGeprueft` is set.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readActivityInfo } = require('../lib/gpm');
const { hasKeyword } = require('../lib/keywords');
const { digitisation, withExtra } = require('../lib/lexicons');
const { customerMessageFlows, isCustomerPool, hasCustomerPool } = require('../lib/parties');

function checked(el) {
  return is(el, 'bpmn:Activity') && !!(readActivityInfo(el) || {}).onceOnlyGeprueft;
}

module.exports = defineRule('once-only-check', { extraEvidenceWords: [] }, (ctx) => {
  const evidence = withExtra(digitisation.evidenceNouns, ctx.params.extraEvidenceWords);
  const requests = (text) => hasKeyword(text, evidence) && hasKeyword(text, digitisation.requestVerbs);
  return (node, report) => {
    if (is(node, 'bpmn:Activity')) {
      if (requests(nameOf(node)) && !checked(node)) {
        report(node.id, `${Describe(node)} fordert Nachweise bei Antragstellenden an; prüfen Sie, ob sie automatisiert aus Registern abgerufen werden können (Once-Only), und vermerken Sie die Prüfung.`);
      }
      return;
    }
    if (!is(node, 'bpmn:MessageFlow') || !requests(nameOf(node))) return;
    const index = ctx.index(node);
    if (!customerMessageFlows(index).includes(node)) return;
    if (hasCustomerPool(index) && !isCustomerPool(index, index.poolOf(node.targetRef))) return;
    if (checked(node.sourceRef)) return;
    report(node.id, `${Describe(node)} fordert Nachweise bei Antragstellenden an; prüfen Sie einen automatisierten Registerabruf (Once-Only).`);
  };
}, { types: ['bpmn:Activity', 'bpmn:MessageFlow'] });
