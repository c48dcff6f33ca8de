'use strict';

/**
 * MK-STR-03 — Keine impliziten Starts und Enden: bundles the core rules `no-implicit-start`
 * and `no-implicit-end` (link events, compensation, boundary events and event sub-processes are
 * exempt there) with German messages.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('no-implicit-start-end', {
  coreRules: ['no-implicit-start', 'no-implicit-end'],
  // the node's flows in and out; a compensation boundary event's associations
  scope: 'neighbourhood'
});
