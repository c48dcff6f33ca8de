'use strict';

/**
 * The shape every custom rule of this plugin shares: a bpmnlint rule factory whose `check` gets
 * a context with the rule's parameters (catalog defaults merged with the profile's config) and
 * a lazily built, per-run model index. Keeps rule files down to their detection logic.
 *
 * A rule also declares, for the workbench's engine (`src/linting/runRulesOnce.ts`,
 * `createIncrementalLinter.ts`; the stock bpmnlint ignores both):
 *  - `types`: the moddle types of the elements its check can report on or learn from — the
 *    engine hands it only elements of those types (subtypes included). A promise: the check
 *    does nothing for any other element. Keep the rule's own type guards (stock bpmnlint hands
 *    it everything).
 *  - `scope: 'element'`: its reports about an element depend only on that element itself
 *    (label, own attributes, extension elements, children) and its diagram shapes — never on
 *    neighbours, flows, lanes, pools or model-wide settings —, are reported on that element
 *    while it is visited, and it keeps no bookkeeping across elements. Such a rule re-checks
 *    only the changed elements after an edit.
 *  - `scope: 'neighbourhood'`: like `'element'`, but the reports made while visiting an element
 *    may also depend on the sequence flows (and other connections) attached to it and on their
 *    other ends — e.g. how many flows leave a gateway, the labels of its outgoing flows, the type
 *    of the node a flow comes from. Never on anything two connections away, on graph paths,
 *    lanes, pools, diagram geometry or model-wide settings. Re-checks the changed elements and
 *    what they are connected to (see `src/linting/createIncrementalLinter.ts`).
 * Both may be functions of the parameters, when the parameters change what the rule reads.
 */
const { createIndexCache } = require('./modelIndex');
const { reportWith } = require('./severity');

/**
 * Resolve a declaration that may depend on the parameters.
 * @param {any} value a value or `(params) => value`
 * @param {object} params
 */
function resolveMeta(value, params) {
  return typeof value === 'function' ? value(params) : value;
}

/**
 * Define a rule.
 *
 * @param {string} ruleId kebab-case id (= file name = docs page)
 * @param {object} defaults parameter defaults (mirrors `params` of the catalog record)
 * @param {(ctx: object) => (node: object, report: Function) => void} build returns the per-node check
 * @param {{ types?: string[] | ((params: object) => (string[] | undefined)),
 *   scope?: 'element' | 'neighbourhood' | ((params: object) => ('element' | 'neighbourhood' | undefined)) }} [meta]
 *   element types the check reads (see above; undefined = every element) and its scope
 * @returns {Function} bpmnlint rule factory
 */
function defineRule(ruleId, defaults, build, meta) {
  const declared = meta || {};
  function ruleFactory(config) {
    const params = Object.assign({}, defaults, config && typeof config === 'object' ? config : {});
    const indexFor = createIndexCache();
    const ctx = { ruleId, params, index: indexFor };
    const inner = build(ctx);

    // `report(id, message, severityHint?)`, made once per reporter (one per run), not per node
    let lastReporter = null;
    let report = null;
    function check(node, reporter) {
      if (!node || typeof node !== 'object') return;
      if (!node.$parent) indexFor.sawRoot(node);
      if (reporter !== lastReporter) {
        lastReporter = reporter;
        report = (id, message, severity) => {
          if (id === undefined || id === null) return;
          reportWith(reporter, id, message, severity);
        };
      }
      inner(node, report);
    }

    const types = resolveMeta(declared.types, params);
    const scope = resolveMeta(declared.scope, params);
    return {
      check,
      meta: Object.assign(
        { documentation: { url: 'modeling-conventions/docs/' + ruleId + '.md' } },
        Array.isArray(types) && types.length ? { types: types.slice() } : {},
        scope === 'element' || scope === 'neighbourhood' ? { scope } : {}
      )
    };
  }
  // the known parameters, so tests can hold catalog `params` to them (typos in JSON)
  ruleFactory.ruleId = ruleId;
  ruleFactory.defaults = defaults;
  return ruleFactory;
}

module.exports = { defineRule };
