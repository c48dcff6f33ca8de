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
const { TYPES: CORE_RULE_TYPES, SCOPES: CORE_RULE_SCOPES } = require('./coreRuleTypes');
const { defineRule } = require('./ruleKit');
const { translateCoreMessage } = require('./coreMessages');
const { is, isAny } = require('./bpmn');

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
 * @param {string[]} [spec.extraTypes] element types the extra check reads (see ruleKit's `types`)
 * @param {'element' | 'neighbourhood' | ((params: object) => ('element' | 'neighbourhood' | undefined))} [spec.scope] see ruleKit's `scope`
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

const GLOBAL_TYPES = ['bpmn:Error', 'bpmn:Escalation', 'bpmn:Message', 'bpmn:Signal'];

/**
 * Core rules that provably report nothing for some nodes of their types, and are then not
 * called: core `global` collects every referencing element of the whole model before it looks
 * at messages, signals, errors and escalations — of which most models have none. (Anything
 * unusual in `rootElements` still goes to the core rule, which then fails as it would.)
 */
const APPLIES = {
  global: (definitions) => !Array.isArray(definitions.rootElements) ||
    definitions.rootElements.some((e) => !e || typeof e !== 'object' || isAny(e, GLOBAL_TYPES))
};

const SCOPE_RANK = { element: 1, neighbourhood: 2 };

/** The wrapper's scope: the declared one if every core rule honours it, else none (whole model). */
function scopeOf(declared, names) {
  if (!SCOPE_RANK[declared]) return undefined;
  return names.every((name) => SCOPE_RANK[CORE_RULE_SCOPES[name]] <= SCOPE_RANK[declared]) ? declared : undefined;
}

/** The union of the core rules' types and the extra check's; undefined when one is unknown. */
function unionTypes(names, extraTypes, hasExtra) {
  const out = new Set();
  for (const name of names) {
    const types = CORE_RULE_TYPES[name];
    if (!types) return undefined;
    types.forEach((t) => out.add(t));
  }
  if (hasExtra) {
    if (!extraTypes) return undefined;
    extraTypes.forEach((t) => out.add(t));
  }
  return [...out];
}

function wrapCoreRules(ruleId, spec) {
  const defaults = Object.assign({ coreRules: spec.coreRules, coreSeverities: {} }, spec.defaults || {});
  const selected = (params) => (Array.isArray(params.coreRules) ? params.coreRules : spec.coreRules)
    .filter((name) => typeof CORE_RULES[name] === 'function');
  const meta = {
    // the engine hands the wrapper only what one of its core rules (or its extra check) reads
    types: (params) => unionTypes(selected(params), spec.extraTypes, !!spec.extra),
    // the declared scope holds only while every bundled core rule honours it
    scope: (params) => scopeOf(typeof spec.scope === 'function' ? spec.scope(params) : spec.scope, selected(params))
  };
  return defineRule(ruleId, defaults, (ctx) => {
    const names = selected(ctx.params);
    const severities = ctx.params.coreSeverities || {};
    const extra = spec.extra ? spec.extra(ctx) : undefined;
    // the node being checked, read by the reporters below (checks run synchronously)
    let node = null;
    let report = null;
    const create = () => names.map((name) => {
      const rule = CORE_RULES[name](spec.coreConfig ? spec.coreConfig(name, ctx.params) : undefined);
      const check = typeof rule.check === 'function' ? rule.check : rule.check && rule.check.enter;
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
      return { name, check: typeof check === 'function' ? check : undefined, subReporter, types: CORE_RULE_TYPES[name], applies: APPLIES[name] };
    });
    // core rules keep bookkeeping (e.g. no-duplicate-sequence-flows): start them afresh with
    // every run, which begins at the definitions, even if the engine reuses this instance
    let instances = create();
    let fresh = true;
    // which core rules a node's type concerns, computed once per moddle type: saves calling
    // every core rule (and its type tests) for every node
    const dispatch = new Map();
    const concerned = (n) => {
      const descriptor = n.$descriptor;
      const key = descriptor && !descriptor.isGeneric ? descriptor : n.$type;
      let list = dispatch.get(key);
      if (!list) {
        list = instances.filter((c) => c.check && (!c.types || c.types.some((t) => is(n, t))));
        dispatch.set(key, list);
      }
      return list;
    };

    return (current, rep) => {
      if (is(current, 'bpmn:Definitions')) {
        if (!fresh) {
          instances = create();
          dispatch.clear();
        }
        fresh = false;
      }
      if (extra) extra(current, rep);
      if (spec.skipNode && spec.skipNode(current, ctx)) return;
      const list = concerned(current);
      if (!list.length) return;
      const outerNode = node;
      const outerReport = report;
      node = current;
      report = rep;
      try {
        for (const c of list) if (!c.applies || c.applies(current)) c.check(current, c.subReporter);
      } finally {
        node = outerNode;
        report = outerReport;
      }
    };
  }, meta);
}

module.exports = { wrapCoreRules };
