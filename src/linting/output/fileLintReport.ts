/**
 * The lint outcome of one file as the batch outputs (text, JSON, SARIF, JUnit) see it.
 */
import type { Finding, Severity } from '../../domain/model/finding';
import type { LintResult } from '../lintTypes';
import type { Profile } from '../profiles';
import { getPluginRegistry } from '../ruleRegistry';

/** One linted (or unreadable) file. */
export interface FileLintReport {
  /** The path as shown to the user (relative to the working directory, `/` separators). */
  file: string;
  profile?: Profile;
  result?: LintResult;
  /** German message when the file could not be read or parsed. */
  error?: string;
  /** Line of each `id="…"` in the file, for locations in SARIF. */
  idLines?: ReadonlyMap<string, number>;
}

/** The lowest severity that makes a run fail. */
export type FailLevel = 'error' | 'warning';

/** Open (not waived) findings at or above the fail level. */
export function failingFindings(findings: readonly Finding[], failOn: FailLevel): Finding[] {
  const levels: Severity[] = failOn === 'error' ? ['error'] : ['error', 'warning'];
  return findings.filter((f) => !f.waived && levels.includes(f.severity));
}

/** German title and description of a rule for outputs; falls back to the id. */
export interface RuleText {
  title: string;
  description?: string;
  code?: string;
}

/** Rule texts from the convention plugin's catalog. */
export function pluginRuleText(ruleId: string): RuleText {
  if (ruleId === 'rule-error') return { title: 'Regelfehler', description: 'Eine Regel ist bei der Prüfung abgebrochen (Fehler in der Regel, nicht im Modell).' };
  const record = getPluginRegistry().record(ruleId);
  return {
    title: record?.title?.de || ruleId,
    ...(record?.description?.de ? { description: record.description.de } : {}),
    ...(record?.code ? { code: record.code } : {})
  };
}

/** Line numbers (1-based) of every `id="…"` attribute in an XML text; first occurrence wins. */
export function indexIdLines(xml: string): Map<string, number> {
  const lines = new Map<string, number>();
  const pattern = /\sid\s*=\s*(["'])([^"']*)\1/g;
  let line = 1;
  let last = 0;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    if (!lines.has(m[2])) lines.set(m[2], line);
  }
  return lines;
}
