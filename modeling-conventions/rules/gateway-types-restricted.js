'use strict';

/**
 * MK-PAL-02 — Keine komplexen Gateways, inklusive nur im Experten-Level: wraps the core rules
 * `no-complex-gateway` and `no-inclusive-gateway` with German messages. The inclusive part is
 * reported with the severity hint `coreSeverities['no-inclusive-gateway']` (catalog: warning).
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('gateway-types-restricted', {
  coreRules: ['no-complex-gateway', 'no-inclusive-gateway'],
  defaults: { coreSeverities: { 'no-inclusive-gateway': 'warning' } },
  // the element's own type decides
  scope: 'element'
});
