'use strict';

/**
 * MK-LAY-03 — Keine überlappenden Elemente: core `no-overlapping-elements` (shapes of flow
 * elements and pools do not overlap and lie inside their pool or expanded sub-process) with
 * German messages. Boundary events on their host are exempt in the core rule.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('no-overlapping-elements', {
  coreRules: ['no-overlapping-elements']
});
