'use strict';

/**
 * MK-NAME-12 — Teilprozessname = Name des verknüpften Prozesses: a call activity carries the
 * name of the process it calls (resolved in the same file; a process in another file is not
 * visible to the linter and is skipped). A key prefix on the process name ("001.02.03 …") is
 * ignored. Collapsed sub-processes are their own detail diagram and need no comparison.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf, rootOf, rootElementsOf } = require('../lib/bpmn');
const { labelKey } = require('../lib/german/normalizeLabel');
const { q } = require('../lib/german/namingMessages');

const DEFAULT_KEY_PATTERN = '^(?:\\d{3}\\.\\d{2}\\.\\d{2}|\\d{14}|[A-Z]{1,5}-\\d[\\d.-]*)\\s+';

module.exports = defineRule('subprocess-name-matches', { keyPattern: DEFAULT_KEY_PATTERN, allowedDisplayNames: [] }, (ctx) => {
  let keyPattern;
  try {
    keyPattern = new RegExp(ctx.params.keyPattern || DEFAULT_KEY_PATTERN);
  } catch (e) {
    keyPattern = new RegExp(DEFAULT_KEY_PATTERN);
  }
  const allowed = new Set((ctx.params.allowedDisplayNames || []).map(labelKey));
  return (node, report) => {
    if (!is(node, 'bpmn:CallActivity') || !node.calledElement || !nameOf(node)) return;
    const calledId = typeof node.calledElement === 'string' ? node.calledElement : node.calledElement.id;
    const called = rootElementsOf(rootOf(node), 'bpmn:Process').find((p) => p.id === calledId);
    if (!called || !nameOf(called)) return;
    const calledName = nameOf(called).replace(keyPattern, '');
    if (labelKey(calledName) === labelKey(node.name) || allowed.has(labelKey(node.name))) return;
    report(node.id, `${q(nameOf(node))} ruft den Prozess ${q(calledName)} auf – die Aufrufaktivität genauso benennen wie den aufgerufenen Prozess.`);
  };
}, { types: ['bpmn:CallActivity'] });
