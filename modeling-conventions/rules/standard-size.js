'use strict';

/**
 * MK-LAY-04 — Standardgrößen: core `standard-size` (default bpmn-js sizes: task 100×80,
 * gateway 50×50, event 36×36, data object 36×50, data store 50×50) with German messages;
 * `sizes` overrides sizes per type, e.g. { "bpmn:Task": { "width": 120, "height": 80 } } for
 * ADONIS-style models.
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');

module.exports = wrapCoreRules('standard-size', {
  coreRules: ['standard-size'],
  defaults: { sizes: {} },
  coreConfig: (name, params) => (params.sizes && typeof params.sizes === 'object' ? params.sizes : {}),
  // a shape's size against its element's type: reported on the element while its shape is visited
  scope: 'element'
});
