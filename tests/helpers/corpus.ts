import { existsSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This file's folder (works in Vitest, tsx and plain ESM). */
const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * Root of the shared material (corpora, benchmarks): `GPM_SHARED_DIR`, else `../shared` next to
 * the project, else `/work/shared` (a clean clone elsewhere, e.g. `/tmp/check`, still finds it).
 */
export const SHARED_DIR =
  [process.env.GPM_SHARED_DIR, resolve(HERE, '../../../shared'), '/work/shared'].find((d): d is string => !!d && existsSync(resolve(d, 'corpora'))) ??
  resolve(HERE, '../../../shared');
export const CORPORA_DIR = join(SHARED_DIR, 'corpora');
export const PMMC_DIR = join(SHARED_DIR, 'benchmarks/pmmc-university-admission');
export const SAMPLES_DIR = resolve(HERE, '../../samples');

/** Every `.bpmn` file below a directory, sorted. */
export function listBpmnFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(bpmn|bpmn2)$/i.test(f)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every corpus file (MIWG + Munich) with a short display name. */
export function corpusFiles(): Array<{ name: string; path: string }> {
  return listBpmnFiles(CORPORA_DIR).map((p) => ({ name: relative(CORPORA_DIR, p), path: p }));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
