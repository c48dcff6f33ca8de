'use strict';

/**
 * bpmnlint-plugin-gpm — the Modellierungskonvention as a bpmnlint plugin.
 *
 * Rules live in `rules/<rule-id>.js` (one rule a file), their metadata (titles, category,
 * severity per profile, parameters, rationale, sources) in `catalog/*.json`; the profiles
 * `basis`, `experte`, `soll`, `fim` are generated from that data by `lib/buildConfigs.js`.
 */
const { buildRules, buildConfigs } = require('./lib/buildConfigs');

module.exports = {
  rules: buildRules(),
  configs: buildConfigs()
};
