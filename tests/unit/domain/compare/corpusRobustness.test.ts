import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../../../src/bpmn/parseBpmn';
import { compareVariants } from '../../../../src/domain/compare/compareVariants';
import type { CompareVariant } from '../../../../src/domain/compare/matching/matchTypes';
import { messageDirection } from '../../../../src/domain/compare/matching/matchable';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import { proposeSoll } from '../../../../src/domain/compare/soll/proposeSoll';
import { isActivity } from '../../../../src/domain/model/processGraph';
import { CORPORA_DIR, corpusFiles, listBpmnFiles, PMMC_DIR, SAMPLES_DIR } from '../../../helpers/corpus';

/** Every 4th corpus file (MIWG reference and Munich models: gateways, loops, sub-processes, pools). */
async function load(paths: string[]): Promise<CompareVariant[]> {
  const out: CompareVariant[] = [];
  for (const path of paths) {
    const parsed = await parseBpmn(readFileSync(path, 'utf8'), path, { allowMissingDiagram: true });
    if (parsed.ok) out.push({ id: path, name: path.split('/').pop()!, graph: parsed.value.graph });
  }
  return out;
}

/** Every activity of every variant sits in exactly one step. */
function expectPartition(variants: CompareVariant[], steps: Array<{ members: Array<{ variantId: string; elementId: string }> }>): void {
  // every activity exactly once; a message event at most once and only beside an activity; nothing else
  const seen = steps.flatMap((s) => s.members.map((m) => `${m.variantId}::${m.elementId}`));
  expect(new Set(seen).size).toBe(seen.length);
  const all = variants.flatMap((v) => v.graph.nodes.filter(isActivity).map((n) => `${v.id}::${n.id}`));
  const events = new Set(variants.flatMap((v) => v.graph.nodes.filter((n) => messageDirection(n)).map((n) => `${v.id}::${n.id}`)));
  expect(new Set(seen.filter((k) => !events.has(k)))).toEqual(new Set(all));
  for (const s of steps) expect(s.members.some((m) => !events.has(`${m.variantId}::${m.elementId}`))).toBe(true);
}

describe.runIf(existsSync(CORPORA_DIR))('matching on real models', () => {
  it('given corpus models, when each is matched with its neighbour and with itself, then it should never throw and cover every activity once', async () => {
    const variants = await load(corpusFiles().filter((_, i) => i % 4 === 0).map((f) => f.path));
    expect(variants.length).toBeGreaterThan(10);
    for (let i = 0; i + 1 < variants.length; i++) {
      const pair = [variants[i], variants[i + 1]];
      expectPartition(pair, matchVariants(pair).steps);
      const twin = [variants[i], { ...variants[i], id: `${variants[i].id}#2` }];
      const self = matchVariants(twin);
      expectPartition(twin, self.steps);
      const labelled = variants[i].graph.nodes.filter((n) => isActivity(n) && n.name.trim()).length;
      expect(self.steps.filter((s) => s.support === 2).length).toBeGreaterThanOrEqual(Math.min(labelled, 1));
      expect(() => proposeSoll(self, twin)).not.toThrow();
    }
  });
});

describe.runIf(existsSync(SAMPLES_DIR) && existsSync(`${SAMPLES_DIR}/wohngeld`))('matching the sample districts', () => {
  it('given the Wohngeld districts and SOLL, when compared, then every IST should get a deviation report against the SOLL', async () => {
    const variants = (await load(listBpmnFiles(`${SAMPLES_DIR}/wohngeld`))).map((v) => ({ ...v, modellart: v.graph.attributes.modellart }));
    const result = compareVariants(variants);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectPartition(variants, result.value.match.steps);
    const soll = variants.filter((v) => v.modellart === 'SOLL');
    expect(result.value.deviations).toHaveLength(soll.length === 1 ? variants.length - 1 : 0);
    for (const d of result.value.deviations) expect(d.coverage).toBeGreaterThanOrEqual(0), expect(d.coverage).toBeLessThanOrEqual(1);
    // the samples' README: Pankow is modelled close to the SOLL
    expect(Math.max(...result.value.deviations.map((d) => d.coverage))).toBeGreaterThanOrEqual(0.5);
  });
});

describe.runIf(existsSync(PMMC_DIR))('matching the PMMC models', () => {
  it('given nine English models at once, when matched, then the steps should partition all activities and be noted as English', async () => {
    const variants = await load(listBpmnFiles(`${PMMC_DIR}/models`));
    const result = matchVariants(variants);
    expectPartition(variants, result.steps);
    expect(result.variants.every((v) => v.language === 'en')).toBe(true);
    expect(result.steps.filter((s) => s.support >= 5).length).toBeGreaterThan(3);
  });
});
