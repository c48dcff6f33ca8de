'use strict';

/**
 * The shape of the label-based naming rules (MK-NAME-02/03/04/10/11): pick the elements the
 * rule applies to, read their label, and report one German message per issue. Unlabelled
 * elements are left to MK-NAME-01.
 */
const { defineRule } = require('../ruleKit');
const { labelOf } = require('./elementKinds');

/**
 * @param {string} ruleId kebab-case rule id
 * @param {object} defaults parameter defaults (the catalog record's `params`)
 * @param {{ appliesTo: (node: object, params: object) => boolean,
 *   messages: (label: string, node: object, params: object) => string[] }} spec
 * @param {object} [meta] element types and scope (see ruleKit's `defineRule`)
 * @returns {Function} bpmnlint rule factory
 */
function defineLabelRule(ruleId, defaults, spec, meta) {
  return defineRule(ruleId, defaults, (ctx) => (node, report) => {
    if (!spec.appliesTo(node, ctx.params)) return;
    const label = labelOf(node);
    if (!label.trim()) return;
    for (const message of spec.messages(label, node, ctx.params)) report(node.id, message);
  }, meta);
}

module.exports = { defineLabelRule };
