'use strict';

/**
 * Wraps one or several bpmnlint core rules as ONE catalog rule with German messages.
 *
 * A catalog entry such as MK-STR-03 ("no implicit start and end") or MK-STR-16 (the BPMN
 * correctness bundle) reuses core rules; this wrapper instantiates them freshly per rule
 * instance (core rules keep bookkeeping, e.g. no-duplicate-sequence-flows), passes every node
 * to each of them, translates their reports (`coreMessages.js`) and optionally filters them.
 *
 * Parameters understood from the rule config (all optional, catalog data):
 *  - `coreRules`: names of the bundled core rules (default: the wrapper's list)
 *  - `coreSeverities`: { coreRule: 'warning' | 'info' | 'off' } severity hints per core rule
 */
const CORE_RULES = require('./coreRules');
const { defineRule } = require('./ruleKit');
const { translateCoreMessage } = require('./coreMessages');
const { is } = require('./bpmn');

/**
 * @param {string} ruleId
 * @param {object} spec
 * @param {string[]} spec.coreRules default bundle
 * @param {object} [spec.defaults] further parameter defaults
 * @param {(coreRule: string, params: object) => any} [spec.coreConfig] config passed to a core rule
 * @param {(node: object, ctx: object) => boolean} [spec.skipNode] nodes never handed to the core rules
 * @param {(r: {coreRule: string, id: string, message: string, element: object}, ctx: object) => boolean} [spec.keep]
 * @param {(r: object, ctx: object) => (string|undefined)} [spec.message] custom German message
 * @param {(r: object, ctx: object) => (string|undefined)} [spec.severity] severity hint per report
 * @param {(ctx: object) => (node: object, report: Function) => void} [spec.extra] custom checks of the same catalog entry
 */
const CHILD_LISTS = ['flowElements', 'artifacts', 'rootElements', 'participants', 'messageFlows', 'eventDefinitions'];

/** The reported element, found near the checked node (core rules report the node or a child). */
function findReported(node, id) {
  if (node.id === id) return node;
  for (const list of CHILD_LISTS) {
    const items = Array.isArray(node[list]) ? node[list] : [];
    for (const item of items) if (item && item.id === id) return item;
  }
  const ref = node.bpmnElement; // DI elements (standard-size) report their semantic element
  return ref && ref.id === id ? ref : undefined;
}

function wrapCoreRules(ruleId, spec) {
  const defaults = Object.assign({ coreRules: spec.coreRules, coreSeverities: {} }, spec.defaults || {});
  return defineRule(ruleId, defaults, (ctx) => {
    const names = (Array.isArray(ctx.params.coreRules) ? ctx.params.coreRules : spec.coreRules)
      .filter((name) => typeof CORE_RULES[name] === 'function');
    const create = () => names.map((name) => ({
      name,
      rule: CORE_RULES[name](spec.coreConfig ? spec.coreConfig(name, ctx.params) : undefined)
    }));
    // core rules keep bookkeeping (e.g. no-duplicate-sequence-flows): start them afresh with
    // every run, which begins at the definitions, even if the engine reuses this instance
    let instances = create();
    let fresh = true;
    const severities = ctx.params.coreSeverities || {};
    const extra = spec.extra ? spec.extra(ctx) : undefined;

    return (node, report) => {
      if (is(node, 'bpmn:Definitions')) {
        if (!fresh) instances = create();
        fresh = false;
      }
      if (extra) extra(node, report);
      if (spec.skipNode && spec.skipNode(node, ctx)) return;
      for (const { name, rule } of instances) {
        const check = typeof rule.check === 'function' ? rule.check : rule.check && rule.check.enter;
        if (typeof check !== 'function') continue;
        const subReporter = {
          report(id, message) {
            const index = ctx.index(node);
            const element = findReported(node, id) || index.byId.get(id);
            const r = { coreRule: name, id, message, element, node };
            if (spec.keep && !spec.keep(r, ctx)) return;
            // process-level findings are shown on the pool that draws the process
            const target = is(element, 'bpmn:Process') ? index.reportElementFor(element) : element;
            const german = (spec.message && spec.message(r, ctx)) ||
              translateCoreMessage(name, message, target, id);
            const hint = (spec.severity && spec.severity(r, ctx)) || severities[name];
            report((target && target.id) || id, german, hint);
          }
        };
        check(node, subReporter);
      }
    };
  });
}

module.exports = { wrapCoreRules };
