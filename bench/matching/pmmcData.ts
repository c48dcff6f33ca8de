import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBpmn } from '../../src/bpmn/parseBpmn';
import type { CompareVariant } from '../../src/domain/compare/matching/matchTypes';

/**
 * Loading the PMMC 2015 "University Admission" benchmark from `../shared/benchmarks/` (academic
 * data: read in place, never copied into the repository).
 */
export const PMMC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/benchmarks/pmmc-university-admission');

/** One gold correspondence: model names and element ids (A is the first model of the file name). */
export interface GoldCell {
  a: string;
  aId: string;
  b: string;
  bId: string;
}

/** The nine models as comparison variants (id = model name as in the gold standard). */
export async function loadPmmcVariants(dir = PMMC_DIR): Promise<CompareVariant[]> {
  const out: CompareVariant[] = [];
  for (const file of readdirSync(join(dir, 'models')).filter((f) => f.endsWith('.bpmn')).sort()) {
    const parsed = await parseBpmn(readFileSync(join(dir, 'models', file), 'utf8'), file, { allowMissingDiagram: true });
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code}`);
    const name = file.replace(/\.bpmn$/, '');
    out.push({ id: name, name, graph: parsed.value.graph });
  }
  return out;
}

/** All gold cells of the 36 pairs (Alignment-API RDF, both quoting styles). */
export function loadGold(dir = PMMC_DIR): { pairs: Array<[string, string]>; cells: GoldCell[] } {
  const cells: GoldCell[] = [];
  const pairs: Array<[string, string]> = [];
  const re = /entity1\s+rdf:resource=['"]http:\/\/([^#'"]+)#([^'"]+)['"]\s*\/>\s*<entity2\s+rdf:resource=['"]http:\/\/([^#'"]+)#([^'"]+)['"]/g;
  for (const file of readdirSync(join(dir, 'goldstandard-2015')).filter((f) => f.endsWith('.rdf')).sort()) {
    const [a, b] = file.replace(/\.rdf$/, '').split('-');
    pairs.push([a, b]);
    for (const m of readFileSync(join(dir, 'goldstandard-2015', file), 'utf8').matchAll(re)) {
      cells.push({ a: m[1], aId: m[2], b: m[3], bId: m[4] });
    }
  }
  return { pairs, cells };
}

/** The published results (matcher, contest, P, R, F1). */
export function loadPublished(dir = PMMC_DIR): Array<{ matcher: string; contest: string; p: number; r: number; f1: number }> {
  const lines = readFileSync(join(dir, 'published-results-ua.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => {
    const [matcher, contest, p, r, f1] = l.split('\t');
    return { matcher, contest, p: Number(p), r: Number(r), f1: Number(f1) };
  });
}
