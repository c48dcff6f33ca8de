/**
 * `gpm lint --format sarif`: SARIF 2.1.0 for code-scanning tools. One run; the rules that ran
 * (German title and description from the catalog), one artifact per file, one result per
 * finding located by file (and line of the element's `id`) and element id (logical location).
 * Waived findings carry an `inSource` suppression with the waiver's reason; unreadable files
 * become error notifications of the invocation.
 */
import type { Severity } from '../../domain/model/finding';
import { type FileLintReport, pluginRuleText, type RuleText } from './fileLintReport';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Render the reports as a SARIF 2.1.0 log (pretty-printed JSON). */
export function formatSarif(reports: readonly FileLintReport[], toolVersion: string, ruleText: (id: string) => RuleText = pluginRuleText): string {
  // 1. Rules: every rule that ran in any file (first severity seen), plus rule-error when needed.
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const addRule = (id: string, severity: Severity, code?: string) => {
    if (ruleIndex.has(id)) return;
    const text = ruleText(id);
    const name = code ?? text.code;
    ruleIndex.set(id, rules.length);
    rules.push({
      id,
      ...(name ? { name } : {}),
      shortDescription: { text: text.title },
      fullDescription: { text: text.description ?? text.title },
      defaultConfiguration: { level: LEVEL[severity] }
    });
  };
  for (const r of reports) {
    for (const rule of r.result?.rules ?? []) addRule(rule.id, rule.severity, rule.code);
    for (const f of r.result?.findings ?? []) addRule(f.rule, f.severity, f.code);
  }

  // 2. Artifacts and results.
  const artifacts = reports.map((r) => ({ location: { uri: toUri(r.file) } }));
  const results: object[] = [];
  const notifications: object[] = [];
  reports.forEach((r, artifactIndex) => {
    const artifactLocation = { uri: toUri(r.file), index: artifactIndex };
    if (r.error !== undefined) {
      notifications.push({ level: 'error', message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation } }] });
      return;
    }
    for (const f of r.result?.findings ?? []) {
      const line = r.idLines?.get(f.elementId);
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.elementName ? `${f.message} („${f.elementName}“)` : f.message },
        locations: [
          {
            physicalLocation: { artifactLocation, ...(line ? { region: { startLine: line } } : {}) },
            logicalLocations: [{ name: f.elementName || f.elementId, fullyQualifiedName: f.elementId, kind: 'element' }]
          }
        ],
        ...(f.waived ? { suppressions: [{ kind: 'inSource', justification: f.waived.reason }] } : {}),
        properties: { category: f.category, elementId: f.elementId }
      });
    }
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'gpm lint', fullName: 'GPM Workbench – Prüfung gegen die Modellierungskonvention', version: toolVersion, language: 'de-DE', rules } },
        language: 'de-DE',
        artifacts,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results
      }
    ]
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative path as a SARIF URI reference (segments percent-encoded, `/` kept). */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
