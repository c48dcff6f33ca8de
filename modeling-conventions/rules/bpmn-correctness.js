'use strict';

/**
 * MK-STR-16 — BPMN-Korrektheit: the bpmnlint correctness bundle and the spec rules
 * `single-event-definition`, `global`, `superfluous-termination`, with German messages.
 * `event-based-gateway` and `single-blank-start-event` are reported by MK-STR-09 and MK-STR-12
 * and therefore not bundled here (no duplicate findings). `global` and
 * `superfluous-termination` carry the severity hint `warning` (catalog `coreSeverities`).
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { is, isAny, nameOf, rootElementsOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

const GLOBALS = ['bpmn:Message', 'bpmn:Signal', 'bpmn:Error', 'bpmn:Escalation'];

module.exports = wrapCoreRules('bpmn-correctness', {
  coreRules: [
    'ad-hoc-sub-process', 'conditional-event', 'event-sub-process-typed-start-event', 'link-event',
    'no-duplicate-sequence-flows', 'sub-process-blank-start-event', 'single-event-definition',
    'global', 'superfluous-termination'
  ],
  defaults: { coreSeverities: { global: 'warning', 'superfluous-termination': 'warning' } },
  // core `global` misses absent names (`name?.trim() !== ''` is true for undefined) and calls
  // two unnamed definitions "not unique": names are checked here instead
  keep: (r) => !(r.coreRule === 'global' && (/missing name/.test(r.message) || (/not unique/.test(r.message) && r.element && !nameOf(r.element)))),
  extraTypes: ['bpmn:Definitions'],
  extra: (ctx) => (node, report) => {
    if (!is(node, 'bpmn:Definitions')) return;
    const names = ctx.params.coreRules || [];
    if (!names.includes('global')) return;
    for (const el of rootElementsOf(node, 'bpmn:RootElement')) {
      if (isAny(el, GLOBALS) && !nameOf(el)) {
        report(el.id, `${Describe(el)} hat keinen Namen.`, (ctx.params.coreSeverities || {}).global);
      }
    }
  }
});
