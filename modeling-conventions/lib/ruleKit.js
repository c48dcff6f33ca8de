'use strict';

/**
 * The shape every custom rule of this plugin shares: a bpmnlint rule factory whose `check` gets
 * a context with the rule's parameters (catalog defaults merged with the profile's config) and
 * a lazily built, per-run model index. Keeps rule files down to their detection logic.
 */
const { createIndexCache } = require('./modelIndex');
const { reportWith } = require('./severity');

/**
 * Define a rule.
 *
 * @param {string} ruleId kebab-case id (= file name = docs page)
 * @param {object} defaults parameter defaults (mirrors `params` of the catalog record)
 * @param {(ctx: object) => (node: object, report: Function) => void} build returns the per-node check
 * @returns {Function} bpmnlint rule factory
 */
function defineRule(ruleId, defaults, build) {
  function ruleFactory(config) {
    const params = Object.assign({}, defaults, config && typeof config === 'object' ? config : {});
    const indexFor = createIndexCache();
    const ctx = { ruleId, params, index: indexFor };
    const inner = build(ctx);

    function check(node, reporter) {
      if (!node || typeof node !== 'object') return;
      // `report(id, message, severityHint?)`
      const report = (id, message, severity) => {
        if (id === undefined || id === null) return;
        reportWith(reporter, id, message, severity);
      };
      inner(node, report);
    }

    return {
      check,
      meta: { documentation: { url: 'modeling-conventions/docs/' + ruleId + '.md' } }
    };
  }
  // the known parameters, so tests can hold catalog `params` to them (typos in JSON)
  ruleFactory.ruleId = ruleId;
  ruleFactory.defaults = defaults;
  return ruleFactory;
}

module.exports = { defineRule };
