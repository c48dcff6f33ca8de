/**
 * `gpm compare <Dateien …> [--soll <Datei>] [--format text|json]`: compares the
 * variants of a process and prints the steps × variants matrix, the similarity of the variants
 * and each file's deviations from the SOLL (German text, or JSON).
 * Exit codes: 0 = done, 2 = a file could not be read (the others are still compared) or wrong call.
 */
import { resolve } from 'node:path';
import { compareVariants, type ComparisonResult } from '../../domain/compare/compareVariants';
import { appError, formatError } from '../../shared/errors';
import type { CliCommand, CliIo } from '../cliTypes';
import { loadVariantFiles, parseArgs } from './match';

const USAGE = `Verwendung: gpm compare <Dateien …> [--soll <Datei>] [--format text|json]

Vergleicht die Varianten eines Prozesses (z. B. die IST-Modelle der Bezirke) und gibt die
Matrix Schritte × Varianten, die Ähnlichkeit der Varianten und die Abweichungen jeder Datei
vom SOLL aus (Abdeckung, fehlende und zusätzliche Schritte, Reihenfolge, Rollen).

Optionen:
  --soll <Datei>        Das SOLL-Modell, gegen das verglichen wird.
  --format <text|json>  Ausgabeformat (Standard: text).

Exit-Codes: 0 = fertig, 2 = Datei nicht lesbar (die übrigen werden trotzdem verglichen) oder
falscher Aufruf.
`;

/** The `gpm compare` command. */
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'Varianten vergleichen: Matrix Schritte × Varianten, Abweichungen vom SOLL',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, ['--soll', '--format']);
    if (!parsed.ok) return usageError(parsed.message, io);
    const format = parsed.options.format ?? 'text';
    if (format !== 'text' && format !== 'json') return usageError(`Unbekanntes Format „${format}“ (erlaubt: text, json).`, io);
    const sollFile = parsed.options.soll;
    const files = parsed.files.filter((f) => !sollFile || resolve(io.cwd, f) !== resolve(io.cwd, sollFile));
    if (files.length === 0) return usageError('Bitte mindestens eine BPMN-Datei angeben.', io);
    const loaded = await loadVariantFiles(sollFile ? [...files, sollFile] : files, io);
    const variants = loaded.variants.map((v) => ({ ...v, modellart: v.id === sollFile ? ('SOLL' as const) : ('IST' as const) }));
    const sollId = sollFile && variants.some((v) => v.id === sollFile) ? sollFile : undefined;
    const result = compareVariants(variants, { sollId });
    if (!result.ok) {
      io.stderr.write(formatError(result.error) + '\n');
      return 2;
    }
    io.stdout.write(format === 'json' ? JSON.stringify(toJson(result.value), null, 2) + '\n' : toText(result.value));
    return loaded.failed ? 2 : 0;
  }
};

function toJson(c: ComparisonResult) {
  return {
    models: c.match.variants.map((v) => ({ file: v.id, name: v.name, modellart: v.modellart, activities: v.activityCount })),
    soll: c.sollId ?? null,
    matrix: {
      columns: c.matrix.columns.map((col) => col.variantId),
      rows: c.matrix.rows.map((r) => ({
        step: r.name,
        support: r.support,
        cells: r.cells.map((cell) =>
          cell ? { ids: cell.elementIds, labels: cell.labels, roles: cell.roles, itSysteme: cell.itSysteme, media: cell.media, ...(cell.event ? { event: cell.event } : {}) } : null
        )
      }))
    },
    similarity: { explanation: c.similarity.explanation, models: c.similarity.variantIds, values: c.similarity.cells.map((row) => row.map((x) => x.similarity)) },
    deviations: c.deviations.map((d) => ({
      file: d.variantId,
      coverage: d.coverage,
      missing: d.deviations.filter((x) => x.kind === 'missing').map((x) => x.stepName),
      extra: d.deviations.filter((x) => x.kind === 'extra').map((x) => ({ step: x.stepName, ids: x.elementIds })),
      order: d.deviations.filter((x) => x.kind === 'order').map((x) => ({ step: x.stepName, ids: x.elementIds })),
      roles: d.deviations.filter((x) => x.kind === 'role').map((x) => ({ step: x.stepName, ids: x.elementIds, text: x.text }))
    })),
    notes: c.notes
  };
}

function toText(c: ComparisonResult): string {
  const lines: string[] = [];
  const cols = c.matrix.columns;
  lines.push(`Matrix Schritte × Varianten (${c.matrix.rows.length} Schritte, ${cols.length} Varianten)`, '');
  const header = ['Schritt', 'Anz.', ...cols.map((col) => (col.modellart === 'SOLL' ? `${col.name} (SOLL)` : col.name))];
  const rows = c.matrix.rows.map((r) => [r.name, `${r.support}/${cols.length}`, ...r.cells.map((cell) => (cell ? `${cell.event ? '✉ ' : ''}${cell.labels.join(' + ')}` : '—'))]);
  lines.push(...table([header, ...rows]), '');
  if (c.matrix.rows.some((r) => r.cells.some((cell) => cell?.event))) lines.push('✉ = der Schritt ist in dieser Variante nur als Nachrichtenereignis modelliert', '');
  lines.push('Ähnlichkeit der Varianten (0–1)', c.similarity.explanation, '');
  const simHeader = ['', ...c.similarity.names];
  const simRows = c.similarity.cells.map((row, i) => [c.similarity.names[i], ...row.map((x) => x.similarity.toFixed(2))]);
  lines.push(...table([simHeader, ...simRows]), '');
  for (const d of c.deviations) {
    lines.push(`Abweichungen „${d.variantName}“ vom SOLL „${d.sollName}“: Abdeckung ${Math.round(d.coverage * 100)} % (${d.coveredCount} von ${d.sollStepCount} SOLL-Schritten)`);
    if (d.deviations.length === 0) lines.push('  keine Abweichungen');
    for (const x of d.deviations) lines.push(`  - ${x.text}`);
    lines.push('');
  }
  if (c.notes.length) lines.push('Hinweise:', ...c.notes.map((n) => `  - ${n}`), '');
  return lines.join('\n');
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.min(40, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  const cut = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  return rows.map((r) => r.map((cell, i) => cut(cell ?? '', widths[i])).join(' | ').trimEnd());
}

function usageError(message: string, io: CliIo): number {
  io.stderr.write(`${message}\n\n${USAGE}`);
  return 2;
}

