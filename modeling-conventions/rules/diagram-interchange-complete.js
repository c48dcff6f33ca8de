'use strict';

/**
 * MK-STR-17 — Vollständige Diagramminformation (DI): core `no-bpmndi` with German messages.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('diagram-interchange-complete', {
  coreRules: ['no-bpmndi']
});
