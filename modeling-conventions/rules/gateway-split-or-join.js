'use strict';

/**
 * MK-STR-08 — Gateway entweder verzweigend oder zusammenführend: core `no-gateway-join-fork`
 * with a German message.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('gateway-split-or-join', {
  coreRules: ['no-gateway-join-fork'],
  // the gateway's flows in and out
  scope: 'neighbourhood'
});
