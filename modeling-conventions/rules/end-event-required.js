'use strict';

/**
 * MK-STR-02 — Endereignis erforderlich: core `end-event-required` with German messages.
 * Containers without any flow node are skipped (see MK-STR-01).
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { isAny, hasFlowNodes } = require('../lib/bpmn');

module.exports = wrapCoreRules('end-event-required', {
  coreRules: ['end-event-required'],
  skipNode: (node) => isAny(node, ['bpmn:Process', 'bpmn:SubProcess']) && !hasFlowNodes(node)
});
