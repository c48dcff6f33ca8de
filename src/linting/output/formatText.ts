/**
 * `gpm lint --format text`: German, grouped per file, with counts per file and in total.
 */
import type { Finding, Severity } from '../../domain/model/finding';
import { SEVERITY_LABELS } from '../report/reportTexts';
import { type FileLintReport, pluginRuleText, type RuleText } from './fileLintReport';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 Fehler, 1 Warnung, 0 Hinweise, 1 begründete Ausnahme". */
export function countText(open: Record<Severity, number>, waived: number): string {
  return [
    plural(open.error, 'Fehler', 'Fehler'),
    plural(open.warning, 'Warnung', 'Warnungen'),
    plural(open.info, 'Hinweis', 'Hinweise'),
    plural(waived, 'begründete Ausnahme', 'begründete Ausnahmen')
  ].join(', ');
}

function line(f: Finding, ruleText: (id: string) => RuleText): string {
  const sev = (f.waived ? 'Ausnahme' : SEVERITY_LABELS[f.severity]).padEnd(9);
  const code = (f.code ?? ruleText(f.rule).code ?? '').padEnd(11);
  const element = f.elementName ? `${f.elementId} „${f.elementName}“` : f.elementId;
  const reason = f.waived ? ` — Begründung: ${f.waived.reason}` : '';
  return `  ${sev} ${code} ${element}: ${f.message} [${f.rule}]${reason}`;
}

/** Render all file reports as German text. */
export function formatText(reports: readonly FileLintReport[], ruleText: (id: string) => RuleText = pluginRuleText): string {
  const out: string[] = [];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let waived = 0;
  let unreadable = 0;
  for (const r of reports) {
    if (r.error !== undefined || !r.result) {
      unreadable++;
      out.push(`${r.file}`, `  Nicht lesbar: ${r.error ?? 'unbekannter Fehler'}`, '');
      continue;
    }
    const { findings, stats } = r.result;
    out.push(`${r.file}${r.profile ? ` (Profil ${r.profile})` : ''}`);
    const open = findings.filter((f) => !f.waived);
    const accepted = findings.filter((f) => f.waived);
    if (findings.length === 0) out.push('  Keine Befunde.');
    for (const f of [...open, ...accepted]) out.push(line(f, ruleText));
    out.push(`  ${countText(stats.open, stats.waived)}`, '');
    for (const s of ['error', 'warning', 'info'] as const) total[s] += stats.open[s];
    waived += stats.waived;
  }
  const files = plural(reports.length, 'Datei', 'Dateien');
  const broken = unreadable ? `, ${unreadable} nicht lesbar` : '';
  out.push(`Gesamt: ${files} geprüft${broken}; ${countText(total, waived)}`);
  return out.join('\n') + '\n';
}
