'use strict';

/**
 * Rule metadata for the app and the CLI (titles, category, code, severity per profile,
 * parameters, rationale, sources, docs page). CommonJS with static JSON requires only, so it
 * runs in Node and — bundled by Vite — in the browser.
 */
const { loadCatalog } = require('./loadCatalog');
const { paramsFor, PROFILES } = require('./buildConfigs');

let byId = null;
let byCode = null;

function indexes() {
  if (!byId) {
    byId = new Map();
    byCode = new Map();
    for (const record of loadCatalog()) {
      byId.set(record.id, record);
      byCode.set(record.code, record);
    }
  }
  return { byId, byCode };
}

/** Strip a plugin prefix: 'gpm/start-event-required' and 'bpmnlint-plugin-gpm/…' → 'start-event-required'. */
function plainRuleId(name) {
  return String(name || '').replace(/^(?:bpmnlint-plugin-)?gpm\//, '');
}

/** The catalog record of a rule (by id, with or without `gpm/` prefix, or by code), or undefined. */
function getRuleMeta(idOrCode) {
  const { byId: ids, byCode: codes } = indexes();
  const key = plainRuleId(idOrCode);
  return ids.get(key) || codes.get(key);
}

/** Every catalog record in catalog order (optionally of one category). */
function listRules(category) {
  const records = loadCatalog();
  return category ? records.filter((r) => r.category === category) : records.slice();
}

/** Severity of a rule in a profile ('error' | 'warning' | 'info' | 'off'); 'off' for unknown rules. */
function severityIn(idOrCode, profile) {
  const record = getRuleMeta(idOrCode);
  return (record && record.severity && record.severity[profile]) || 'off';
}

/** Effective parameters of a rule in a profile (base params overlaid with profile params). */
function paramsIn(idOrCode, profile) {
  const record = getRuleMeta(idOrCode);
  return record ? paramsFor(record, profile) : {};
}

/** Path of the rule's German documentation page, relative to the plugin folder. */
function docsPath(idOrCode) {
  const record = getRuleMeta(idOrCode);
  return record ? 'docs/' + record.id + '.md' : undefined;
}

module.exports = { getRuleMeta, listRules, severityIn, paramsIn, docsPath, plainRuleId, PROFILES };
