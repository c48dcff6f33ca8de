'use strict';

const { loadCatalog } = require('./loadCatalog');

const PROFILES = ['basis', 'experte', 'soll', 'fim'];
const LEVELS = { error: 'error', warning: 'warn', warn: 'warn', info: 'info', off: 'off' };

/** `rules` export for bpmnlint: rule id → relative module path. */
function buildRules() {
  const rules = {};
  for (const record of loadCatalog()) {
    rules[record.id] = './rules/' + record.id;
  }
  return rules;
}

/**
 * One bpmnlint config per profile, from the severities and parameters in the catalog.
 * A rule whose severity is `off` (or missing) in a profile is not part of that profile.
 */
function buildConfigs() {
  const catalog = loadCatalog();
  const configs = {};
  for (const profile of PROFILES) {
    const rules = {};
    for (const record of catalog) {
      const severity = LEVELS[(record.severity && record.severity[profile]) || 'off'];
      if (!severity || severity === 'off') continue;
      const params = Object.assign({}, record.params || {}, (record.profileParams && record.profileParams[profile]) || {});
      rules[record.id] = Object.keys(params).length ? [severity, params] : severity;
    }
    configs[profile] = { rules };
  }
  // `all`: every rule at its strictest configured level (for reviews and tests)
  const all = {};
  for (const record of catalog) all[record.id] = 'warn';
  configs.all = { rules: all };
  return configs;
}

module.exports = { buildRules, buildConfigs, PROFILES };
