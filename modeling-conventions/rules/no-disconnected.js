'use strict';

/**
 * MK-STR-04 — Keine unverbundenen Elemente: core `no-disconnected` with German messages.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('no-disconnected', {
  coreRules: ['no-disconnected'],
  // the node's flows in and out (and its own type, parent and event definitions)
  scope: 'neighbourhood'
});
