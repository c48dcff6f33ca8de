'use strict';

/**
 * Generates the plugin's `rules` export and the bpmnlint configs (profiles) from the catalog
 * data, so that severities, parameters and profile membership are changed by editing
 * `catalog/*.json` only. The catalog is validated first; an invalid record stops loading with
 * a message naming the record and the field.
 */
const { loadCatalog } = require('./loadCatalog');
const { assertValidCatalog, PROFILES } = require('./validateCatalog');

const LEVELS = { error: 'error', warning: 'warn', warn: 'warn', info: 'info', off: 'off' };

/** `rules` export for bpmnlint: rule id → relative module path. */
function buildRules() {
  const catalog = loadCatalog();
  assertValidCatalog(catalog);
  const rules = {};
  for (const record of catalog) {
    rules[record.id] = './rules/' + record.id;
  }
  return rules;
}

/** The parameters of a record in a profile: `params` overlaid with `profileParams[profile]`. */
function paramsFor(record, profile) {
  return Object.assign({}, record.params || {}, (record.profileParams && record.profileParams[profile]) || {});
}

/**
 * One bpmnlint config per profile, from the severities and parameters in the catalog.
 * A rule whose severity is `off` (or missing) in a profile is not part of that profile.
 * `all` switches every rule on as a warning (with its base parameters), for reviews and tests.
 */
function buildConfigs() {
  const catalog = loadCatalog();
  assertValidCatalog(catalog);
  const configs = {};
  for (const profile of PROFILES) {
    const rules = {};
    for (const record of catalog) {
      const severity = LEVELS[(record.severity && record.severity[profile]) || 'off'];
      if (!severity || severity === 'off') continue;
      const params = paramsFor(record, profile);
      rules[record.id] = Object.keys(params).length ? [severity, params] : severity;
    }
    configs[profile] = { rules };
  }
  const all = {};
  for (const record of catalog) {
    const params = record.params || {};
    all[record.id] = Object.keys(params).length ? ['warn', params] : 'warn';
  }
  configs.all = { rules: all };
  return configs;
}

module.exports = { buildRules, buildConfigs, paramsFor, PROFILES };
