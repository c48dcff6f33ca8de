'use strict';

/**
 * Severity hints: some catalog entries have two severities in one rule (MK-PAL-02: complex
 * gateway error, inclusive gateway warning; MK-DOC-01: error once released, warning before; …).
 * bpmnlint gives every report of a rule the rule's configured category, so such a rule is
 * configured at its stricter level and attaches `severity` to the softer reports:
 *
 *   reporter.report(id, message, { severity: 'warning' })
 *
 * bpmnlint keeps the extra property on the report. The workbench's engine uses it as the
 * finding's severity, capped at the rule's configured level (a hint never raises a finding);
 * the stock bpmnlint CLI ignores it and shows the rule's level. The hint levels themselves are
 * rule parameters in the catalog, so a GPM team can change them as data.
 */

const ORDER = { off: 0, info: 1, warning: 2, warn: 2, error: 3 };

/** Normalise a severity word ('warn' → 'warning'); undefined for unknown values. */
function normalizeSeverity(value) {
  if (value === 'warn') return 'warning';
  return value === 'error' || value === 'warning' || value === 'info' || value === 'off' ? value : undefined;
}

/**
 * Report with an optional severity hint. `severity` undefined/null = the rule's own level;
 * 'off' suppresses the report entirely (lets a profile switch one part of a rule off).
 */
function reportWith(reporter, id, message, severity) {
  const level = normalizeSeverity(severity);
  if (level === 'off') return;
  if (level) reporter.report(id, message, { severity: level });
  else reporter.report(id, message);
}

/** The effective severity of a report under a rule level: min(rule level, hint). */
function effectiveSeverity(ruleLevel, hint) {
  const rule = normalizeSeverity(ruleLevel) || 'warning';
  const h = normalizeSeverity(hint);
  if (!h) return rule;
  return ORDER[h] < ORDER[rule] ? h : rule;
}

module.exports = { reportWith, effectiveSeverity, normalizeSeverity };
