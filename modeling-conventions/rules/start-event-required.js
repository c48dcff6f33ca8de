'use strict';

/**
 * MK-STR-01 — Startereignis erforderlich: core `start-event-required` with German messages.
 * Containers without any flow node (black-box pools' empty processes, collapsed sub-processes
 * that are only placeholders — see MK-DOC-07) are skipped.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { isAny, hasFlowNodes } = require('../lib/bpmn');

module.exports = wrapCoreRules('start-event-required', {
  coreRules: ['start-event-required'],
  skipNode: (node) => isAny(node, ['bpmn:Process', 'bpmn:SubProcess']) && !hasFlowNodes(node)
});
