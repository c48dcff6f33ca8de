/**
 * Writes (or checks) the section "Erwartete Prüfbefunde" of samples/README.md: for every sample,
 * the convention findings of its default profile (IST → basis, SOLL → soll), as Markdown tables.
 * tests/integration/sampleFindings.test.ts holds the samples to exactly these tables.
 *
 *   npx tsx samples/generator/expectedFindings.ts          print the section
 *   npx tsx samples/generator/expectedFindings.ts --write  replace it in samples/README.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBpmn } from '../../src/bpmn/parseBpmn';
import { lintDefinitions } from '../../src/linting/lintDefinitions';
import { profileForModellart, PROFILE_LABELS } from '../../src/linting/profiles';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLES_README = join(ROOT, 'samples/README.md');
/** Fixed reference date, so date-dependent rules (Wiedervorlage, Gültigkeit) give stable results. */
export const REFERENCE_DATE = '2026-11-29';
const START = '<!-- erwartete-befunde:start -->';
const END = '<!-- erwartete-befunde:end -->';

export interface ExpectedRow {
  rule: string;
  code: string;
  severity: string;
  element: string;
}

const SEVERITY_DE: Record<string, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };

/** Lint one sample file as the app would (its default profile). */
export async function sampleFindings(file: string, modellart: string): Promise<ExpectedRow[]> {
  const parsed = await parseBpmn(readFileSync(join(ROOT, 'samples', file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
  const result = lintDefinitions(parsed.value.definitions, { profile: profileForModellart(modellart), today: REFERENCE_DATE });
  return result.findings
    .filter((f) => !f.waived)
    .map((f) => ({ rule: f.rule, code: f.code ?? '', severity: SEVERITY_DE[f.severity] ?? f.severity, element: f.elementName || f.elementId }))
    .sort((a, b) => `${a.code}|${a.rule}|${a.element}|${a.severity}`.localeCompare(`${b.code}|${b.rule}|${b.element}|${b.severity}`, 'de'));
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The Markdown of the section. */
export async function renderSection(): Promise<string> {
  const index = JSON.parse(readFileSync(join(ROOT, 'samples/index.json'), 'utf8')) as Array<{ file: string; modellart: string; organisationseinheit: string }>;
  const parts = [
    START,
    '',
    `Befunde des Konventionsprüfers je Datei mit dem Standardprofil der Modellart (IST → ${PROFILE_LABELS.basis}, SOLL → ${PROFILE_LABELS.soll}), Stichtag ${REFERENCE_DATE}.`,
    'Der Test `tests/integration/sampleFindings.test.ts` prüft, dass die Beispiele genau diese Befunde liefern;',
    'nach einer gewollten Änderung an Regeln oder Beispielen: `npx tsx samples/generator/expectedFindings.ts --write` und die Tabellen durchsehen.',
    ''
  ];
  for (const entry of index) {
    const rows = await sampleFindings(entry.file, entry.modellart);
    const counts = ['Fehler', 'Warnung', 'Hinweis'].map((s) => `${rows.filter((r) => r.severity === s).length} ${s === 'Fehler' ? 'Fehler' : s === 'Warnung' ? 'Warnungen' : 'Hinweise'}`);
    parts.push(`### ${entry.file}`, '', `${entry.organisationseinheit}, ${entry.modellart}: ${counts.join(', ')}.`, '');
    if (!rows.length) {
      parts.push('Keine Befunde.', '');
      continue;
    }
    parts.push('| Code | Regel | Schwere | Element |', '|---|---|---|---|');
    for (const r of rows) parts.push(`| ${r.code} | ${r.rule} | ${r.severity} | ${cell(r.element)} |`);
    parts.push('');
  }
  parts.push(END);
  return parts.join('\n');
}

/** Parse the tables of the section back: file → rows. */
export function parseSection(readme: string): Map<string, ExpectedRow[]> {
  const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
  const out = new Map<string, ExpectedRow[]>();
  let current: ExpectedRow[] | undefined;
  for (const line of section.split('\n')) {
    const heading = /^### (.+)$/.exec(line);
    if (heading) {
      current = [];
      out.set(heading[1].trim(), current);
      continue;
    }
    const row = /^\| (MK-[A-Z]+-\d+|) \| ([\w-]+) \| (Fehler|Warnung|Hinweis) \| (.*) \|$/.exec(line);
    if (row && current) current.push({ code: row[1], rule: row[2], severity: row[3], element: row[4].replace(/\\\|/g, '|') });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = await renderSection();
  if (process.argv.includes('--write')) {
    const readme = readFileSync(SAMPLES_README, 'utf8');
    const heading = '## Erwartete Prüfbefunde';
    const at = readme.indexOf(heading);
    if (at < 0) throw new Error('Überschrift „Erwartete Prüfbefunde“ fehlt in samples/README.md');
    const before = readme.slice(0, at + heading.length);
    const rest = readme.slice(at + heading.length);
    const endAt = rest.indexOf(END);
    const nextHeading = rest.search(/\n## /);
    const after = endAt >= 0 ? rest.slice(endAt + END.length) : nextHeading >= 0 ? rest.slice(nextHeading) : '\n';
    writeFileSync(SAMPLES_README, `${before}\n\n${section}\n${after.startsWith('\n') ? after : '\n' + after}`);
    console.log('samples/README.md aktualisiert.');
  } else {
    console.log(section);
  }
}
