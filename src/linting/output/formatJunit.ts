/**
 * `gpm lint --format junit`: JUnit XML for CI test reports. One testsuite per file, one testcase
 * per rule that ran; a testcase fails with the open findings at or above the fail level, lists
 * lower or waived findings in `system-out`, and errors when the rule crashed. An unreadable file
 * is a testsuite with one erroring testcase.
 */
import type { Finding } from '../../domain/model/finding';
import { SEVERITY_LABELS } from '../report/reportTexts';
import { type FailLevel, failingFindings, type FileLintReport, pluginRuleText, type RuleText } from './fileLintReport';

/** Escape text for XML content and attributes (and drop characters XML 1.0 forbids). */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const describe = (f: Finding) =>
  `${SEVERITY_LABELS[f.severity]}: ${f.elementName ? `${f.elementId} „${f.elementName}“` : f.elementId}: ${f.message}${f.waived ? ` (Ausnahme: ${f.waived.reason})` : ''}`;

/** Render the reports as a JUnit XML document. */
export function formatJunit(reports: readonly FileLintReport[], failOn: FailLevel, ruleText: (id: string) => RuleText = pluginRuleText): string {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const r of reports) {
    if (r.error !== undefined || !r.result) {
      tests++;
      errors++;
      suites.push(
        `  <testsuite name="${escapeXml(r.file)}" tests="1" failures="0" errors="1" skipped="0">\n` +
          `    <testcase classname="${escapeXml(r.file)}" name="Datei lesen">\n      <error message="${escapeXml(r.error)}" type="unreadable"/>\n    </testcase>\n  </testsuite>`
      );
      continue;
    }
    const result = r.result;
    const crashed = new Map(result.ruleErrors.map((e) => [e.rule, e]));
    let suiteFailures = 0;
    let suiteErrors = 0;
    const cases = result.rules.map((rule) => {
      const text = ruleText(rule.id);
      const code = rule.code ?? text.code;
      const name = `${code ? `${code} ` : ''}${rule.id}: ${text.title}`;
      const own = result.findings.filter((f) => f.rule === rule.id);
      const failing = failingFindings(own, failOn);
      const rest = own.filter((f) => !failing.includes(f));
      let body = '';
      const crash = crashed.get(rule.id);
      if (crash) {
        suiteErrors++;
        body += `\n      <error message="${escapeXml(crash.message)}" type="rule-error"/>`;
      } else if (failing.length) {
        suiteFailures++;
        body += `\n      <failure message="${escapeXml(`${failing.length} ${failing.length === 1 ? 'Befund' : 'Befunde'}`)}" type="${failing.some((f) => f.severity === 'error') ? 'error' : 'warning'}">${escapeXml(failing.map(describe).join('\n'))}</failure>`;
      }
      if (rest.length) body += `\n      <system-out>${escapeXml(rest.map(describe).join('\n'))}</system-out>`;
      return `    <testcase classname="${escapeXml(r.file)}" name="${escapeXml(name)}">${body ? `${body}\n    ` : ''}</testcase>`;
    });
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite name="${escapeXml(r.file)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gpm lint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
