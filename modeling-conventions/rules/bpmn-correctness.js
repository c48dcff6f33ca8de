'use strict';

/**
 * MK-STR-16 — BPMN-Korrektheit: the bpmnlint correctness bundle and the spec rules
 * `single-event-definition`, `global`, `superfluous-termination`, with German messages.
 * `event-based-gateway` and `single-blank-start-event` are reported by MK-STR-09 and MK-STR-12
 * and therefore not bundled here (no duplicate findings). `global` and
 * `superfluous-termination` carry the severity hint `warning` (catalog `coreSeverities`).
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('bpmn-correctness', {
  coreRules: [
    'ad-hoc-sub-process', 'conditional-event', 'event-sub-process-typed-start-event', 'link-event',
    'no-duplicate-sequence-flows', 'sub-process-blank-start-event', 'single-event-definition',
    'global', 'superfluous-termination'
  ],
  defaults: { coreSeverities: { global: 'warning', 'superfluous-termination': 'warning' } }
});
