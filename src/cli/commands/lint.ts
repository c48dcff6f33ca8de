/**
 * `gpm lint <Dateien oder Ordner> [--profile …] [--format …] [--fail-on …]`: checks BPMN models
 * against the Modellierungskonvention.
 *
 * Exit codes: 0 = no open finding at or above the fail level, 1 = such findings, 2 = an input
 * could not be read (the other files are still linted and reported) or the call was wrong.
 * Waived findings never fail a run.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import pkg from '../../../package.json';
import { parseBpmn } from '../../bpmn/parseBpmn';
import { lintDefinitions } from '../../linting/lintDefinitions';
import { type FailLevel, failingFindings, type FileLintReport, indexIdLines } from '../../linting/output/fileLintReport';
import { formatJson } from '../../linting/output/formatJson';
import { formatJunit } from '../../linting/output/formatJunit';
import { formatSarif } from '../../linting/output/formatSarif';
import { formatText } from '../../linting/output/formatText';
import { isProfile, type Profile, PROFILES, profileForModellart } from '../../linting/profiles';
import { appError, formatError } from '../../shared/errors';
import type { CliCommand, CliIo } from '../cliTypes';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_LEVELS: readonly FailLevel[] = ['error', 'warning'];
const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

const USAGE = `Verwendung: gpm lint <Dateien oder Ordner …> [Optionen]

Prüft BPMN-Modelle gegen die Modellierungskonvention. Ordner werden rekursiv durchsucht
(.bpmn-Dateien sowie .xml-Dateien, die BPMN enthalten).

Optionen:
  --profile <basis|experte|soll|fim>   Prüfprofil für alle Dateien. Ohne Angabe je Datei aus der
                                       Modellart (gpm:processInfo): IST → basis, SOLL → soll,
                                       sonst basis.
  --format <text|json|sarif|junit>     Ausgabeformat (Standard: text).
  --fail-on <error|warning>            Ab welchem Schweregrad der Aufruf mit 1 endet (Standard: error).

Exit-Codes: 0 = ohne Befunde ab dem Schweregrad, 1 = Befunde ab dem Schweregrad,
2 = Eingabe nicht lesbar (die übrigen Dateien werden trotzdem geprüft) oder falscher Aufruf.
Begründete Ausnahmen (gpm:waiver) führen nie zu einem Fehlschlag.
`;

interface LintArgs {
  paths: string[];
  profile?: Profile;
  format: Format;
  failOn: FailLevel;
}

/** Parse the command's arguments; a German usage message on error. */
export function parseLintArgs(args: readonly string[]): { ok: true; value: LintArgs } | { ok: false; message: string } {
  const out: LintArgs = { paths: [], format: 'text', failOn: 'error' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      out.paths.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? args[++i];
    if (value === undefined) return { ok: false, message: `Für „${flag}“ fehlt ein Wert.` };
    if (flag === '--profile') {
      if (!isProfile(value)) return { ok: false, message: `Unbekanntes Profil „${value}“ (erlaubt: ${PROFILES.join(', ')}).` };
      out.profile = value;
    } else if (flag === '--format') {
      if (!(FORMATS as readonly string[]).includes(value)) return { ok: false, message: `Unbekanntes Format „${value}“ (erlaubt: ${FORMATS.join(', ')}).` };
      out.format = value as Format;
    } else if (flag === '--fail-on') {
      if (!(FAIL_LEVELS as readonly string[]).includes(value)) return { ok: false, message: `Unbekannter Wert „${value}“ für --fail-on (erlaubt: error, warning).` };
      out.failOn = value as FailLevel;
    } else {
      return { ok: false, message: `Unbekannte Option „${flag}“.` };
    }
  }
  if (out.paths.length === 0) return { ok: false, message: 'Bitte mindestens eine Datei oder einen Ordner angeben.' };
  return { ok: true, value: out };
}

/** An input: a file to lint, or a path that could not be used. */
type Input = { path: string; display: string } | { display: string; error: string };

function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || path;
}

/** True when an .xml file declares the BPMN 2.0 model namespace in its first kilobytes. */
async function looksLikeBpmn(path: string): Promise<boolean> {
  try {
    return (await readFile(path, 'utf8')).slice(0, 8192).includes(BPMN_NS);
  } catch {
    return true; // let the read error surface when the file is linted
  }
}

/** Expand the arguments into files: folders recursively, sorted; named files as given. */
async function collectInputs(paths: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path);
      } else if (/\.(bpmn|bpmn2)$/i.test(entry.name) || (/\.xml$/i.test(entry.name) && (await looksLikeBpmn(path)))) {
        inputs.push({ path, display: displayPath(cwd, path) });
      }
    }
  };
  for (const arg of paths) {
    const path = resolve(cwd, arg);
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else inputs.push({ path, display: displayPath(cwd, path) });
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'Datei oder Ordner nicht gefunden' : (e as Error).message;
      inputs.push({ display: arg, error: formatError(appError('cli/unreadable', { file: arg, reason })) });
    }
  }
  // a file named twice (or found through two arguments) is linted once
  const seen = new Set<string>();
  return inputs.filter((i) => !('path' in i) || (!seen.has(i.path) && seen.add(i.path) !== undefined));
}

/** Read, parse and lint one file. */
async function lintFile(input: Input, profile: Profile | undefined): Promise<FileLintReport> {
  if ('error' in input) return { file: input.display, error: input.error };
  let text: string;
  try {
    text = await readFile(input.path, 'utf8');
  } catch (e) {
    return { file: input.display, error: formatError(appError('cli/unreadable', { file: input.display, reason: (e as Error).message })) };
  }
  const parsed = await parseBpmn(text, input.display, { byteSize: Buffer.byteLength(text), allowMissingDiagram: true });
  if (!parsed.ok) return { file: input.display, error: formatError(parsed.error) };
  const chosen = profile ?? profileForModellart(parsed.value.graph.attributes.modellart);
  const result = lintDefinitions(parsed.value.definitions, { profile: chosen });
  return { file: input.display, profile: chosen, result, idLines: indexIdLines(parsed.value.xml) };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseLintArgs(args);
  if (!parsed.ok) {
    io.stderr.write(`${formatError(appError('cli/usage', { reason: parsed.message }))}\n\n${USAGE}`);
    return 2;
  }
  const { paths, profile, format, failOn } = parsed.value;
  const inputs = await collectInputs(paths, io.cwd);
  if (inputs.length === 0) {
    io.stderr.write('Keine BPMN-Dateien gefunden.\n');
    return 2;
  }
  const reports: FileLintReport[] = [];
  for (const input of inputs) reports.push(await lintFile(input, profile));

  if (format === 'text') io.stdout.write(formatText(reports));
  else {
    if (format === 'json') io.stdout.write(formatJson(reports));
    if (format === 'sarif') io.stdout.write(formatSarif(reports, pkg.version));
    if (format === 'junit') io.stdout.write(formatJunit(reports, failOn));
    for (const r of reports) if (r.error !== undefined) io.stderr.write(`${r.error}\n`);
  }

  if (reports.some((r) => r.error !== undefined)) return 2;
  return reports.some((r) => failingFindings(r.result?.findings ?? [], failOn).length > 0) ? 1 : 0;
}

/** The `gpm lint` command. */
export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'BPMN-Modelle gegen die Modellierungskonvention prüfen',
  usage: USAGE,
  run
};
