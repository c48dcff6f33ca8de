'use strict';

/**
 * Loads the rule catalog: every `catalog/<category>.json` is an array of rule records.
 * Static requires (not fs) so that bundlers can inline the data for the browser.
 */
const CATALOG_FILES = [
  require('../catalog/palette.json'),
  require('../catalog/structure.json'),
  require('../catalog/organisation.json'),
  require('../catalog/naming.json'),
  require('../catalog/layout.json'),
  require('../catalog/documentation.json'),
  require('../catalog/digitisation.json')
];

/** @returns {Array<import('../index').RuleRecord>} all rule records in catalog order */
function loadCatalog() {
  return CATALOG_FILES.flat();
}

module.exports = { loadCatalog };
