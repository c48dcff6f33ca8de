/**
 * `gpm match <Dateien …> [--format json|csv]`: groups the activities of several BPMN models into
 * steps and prints the steps and the correspondences they imply for every pair of models.
 *
 * JSON: `{ models: [{ file, name }], groups: [{ name, members: [{ file, id, label }] }],
 * pairs: [{ source: { file, id, label }, target: { file, id, label }, score }] }`.
 * CSV: the steps × models matrix (`;`, UTF-8 with BOM).
 * Exit codes: 0 = done, 2 = a file could not be read (the others are still matched) or wrong call.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseBpmn } from '../../bpmn/parseBpmn';
import { matrixCsv } from '../../domain/compare/export/matrixCsv';
import type { CompareVariant } from '../../domain/compare/matching/matchTypes';
import { matchVariants } from '../../domain/compare/matching/matchVariants';
import { stepPairs } from '../../domain/compare/views/stepPairs';
import { buildStepMatrix } from '../../domain/compare/views/stepMatrix';
import { appError, formatError } from '../../shared/errors';
import type { CliCommand, CliIo } from '../cliTypes';

const USAGE = `Verwendung: gpm match <Dateien …> [--format json|csv]

Ordnet die Aktivitäten mehrerer BPMN-Modelle (z. B. IST-Prozesse verschiedener Bezirke)
einander zu: gleiche Schritte werden trotz unterschiedlicher Formulierung erkannt.

Optionen:
  --format <json|csv>   json (Standard): Modelle, Schritte (groups) und die daraus folgenden
                        Zuordnungen je Modellpaar (pairs); csv: Matrix Schritte × Modelle.

Exit-Codes: 0 = fertig, 2 = Datei nicht lesbar (die übrigen werden trotzdem verglichen) oder
falscher Aufruf.
`;

/** Variants read from files, plus whether any file failed. */
export interface LoadedVariants {
  variants: CompareVariant[];
  failed: boolean;
}

/**
 * Read and parse BPMN files into comparison variants (id = the path as given). Unreadable or
 * invalid files get a German message on stderr; the others are returned.
 */
export async function loadVariantFiles(files: readonly string[], io: CliIo): Promise<LoadedVariants> {
  const variants: CompareVariant[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'Datei nicht gefunden' : e instanceof Error ? e.message : String(e);
      io.stderr.write(formatError(appError('cli/unreadable', { file, reason })) + '\n');
      failed = true;
      continue;
    }
    const parsed = await parseBpmn(text, file, { allowMissingDiagram: true });
    if (!parsed.ok) {
      io.stderr.write(formatError(parsed.error) + '\n');
      failed = true;
      continue;
    }
    let id = file;
    for (let n = 2; variants.some((v) => v.id === id); n++) id = `${file}#${n}`;
    variants.push({ id, name: parsed.value.graph.name || file, graph: parsed.value.graph });
  }
  return { variants, failed };
}

/** Split arguments into files and `--flag value` options; a German message on error. */
export function parseArgs(args: readonly string[], flags: readonly string[]): { ok: true; files: string[]; options: Record<string, string> } | { ok: false; message: string } {
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!flags.includes(flag)) return { ok: false, message: `Unbekannte Option „${flag}“.` };
    const value = inline ?? args[++i];
    if (value === undefined) return { ok: false, message: `Für „${flag}“ fehlt ein Wert.` };
    options[flag.slice(2)] = value;
  }
  return { ok: true, files, options };
}

/** The `gpm match` command. */
export const matchCommand: CliCommand = {
  name: 'match',
  summary: 'Aktivitäten mehrerer Modelle einander zuordnen (Schritte, Zuordnungen)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args, ['--format']);
    if (!parsed.ok) return usageError(parsed.message, io);
    const format = parsed.options.format ?? 'json';
    if (format !== 'json' && format !== 'csv') return usageError(`Unbekanntes Format „${format}“ (erlaubt: json, csv).`, io);
    if (parsed.files.length === 0) return usageError('Bitte mindestens eine BPMN-Datei angeben.', io);
    const { variants, failed } = await loadVariantFiles(parsed.files, io);
    const result = matchVariants(variants);
    for (const note of result.notes) io.stderr.write(`Hinweis: ${note}\n`);
    if (format === 'csv') {
      io.stdout.write(matrixCsv(buildStepMatrix(result, variants)));
      return failed ? 2 : 0;
    }
    const ref = (m: { variantId: string; elementId: string; label: string }) => ({ file: m.variantId, id: m.elementId, label: m.label });
    const output = {
      models: variants.map((v) => ({ file: v.id, name: v.name })),
      groups: result.steps.map((s) => ({ name: s.name, members: s.members.map(ref) })),
      pairs: stepPairs(result).map((p) => ({ source: ref(p.source), target: ref(p.target), score: p.score }))
    };
    io.stdout.write(JSON.stringify(output, null, 2) + '\n');
    return failed ? 2 : 0;
  }
};

function usageError(message: string, io: CliIo): number {
  io.stderr.write(`${message}\n\n${USAGE}`);
  return 2;
}
