/**
 * The convention rules of one lint run share one model index (graphs, lane membership, DI
 * lookups are built once per run, not once per rule) — and no index outlives its run, so an
 * edit between two runs is always seen, also by bpmnlint's Linter, which reuses rule instances.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { ModdleElement } from '../../../src/bpmn/moddle';
import { lintDefinitions } from '../../../src/linting/lintDefinitions';
import { toBpmnXml } from '../../helpers/conventionXml';
import { loadRule, parseXml } from '../../helpers/lintRule';

const require = createRequire(import.meta.url);
const { createIndexCache } = require('../../../modeling-conventions/lib/modelIndex.js') as {
  createIndexCache(): ((node: unknown) => unknown) & { sawRoot(root: unknown): void };
};
const Linter = require('bpmnlint/lib/linter');
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver');

const MODEL = `
pool P1 "Bezirksamt"
lane L1 "Sachbearbeitung" : S1 T1 E1
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag geprüft"
S1 -> T1 -> E1
`;

async function load(): Promise<{ root: ModdleElement; byId: (id: string) => ModdleElement }> {
  const root = (await parseXml(toBpmnXml(MODEL))) as ModdleElement;
  const byId = (id: string): ModdleElement => {
    const stack: ModdleElement[] = [root];
    while (stack.length) {
      const e = stack.pop() as ModdleElement;
      if (e.id === id) return e;
      for (const v of Object.values(e)) {
        if (Array.isArray(v)) stack.push(...(v.filter((x) => x && typeof x === 'object' && '$type' in x) as ModdleElement[]));
        else if (v && typeof v === 'object' && '$type' in (v as object)) stack.push(v as ModdleElement);
      }
    }
    throw new Error(id);
  };
  return { root, byId };
}

/** Take T1 out of its lane (the edit lane-per-pool reports). */
function leaveLane(byId: (id: string) => ModdleElement): void {
  const lane = byId('L1');
  lane.flowNodeRef = (lane.flowNodeRef as ModdleElement[]).filter((n) => n.id !== 'T1');
}

describe('shared model index', () => {
  it('should hand the rule instances of one run the same index per model', async () => {
    const { root, byId } = await load();
    const a = createIndexCache();
    const b = createIndexCache();
    expect(a(byId('T1'))).toBe(b(byId('S1')));
    expect(a(root)).toBe(a(byId('T1')));
  });

  it('should start a new index for the instances of the next run', async () => {
    const { byId } = await load();
    const first = createIndexCache();
    const used = first(byId('T1'));
    const next = createIndexCache();
    expect(next(byId('T1'))).not.toBe(used);
  });

  it('should start over when a reused instance visits the same model again', async () => {
    const { root, byId } = await load();
    const cache = createIndexCache();
    cache.sawRoot(root);
    const before = cache(byId('T1'));
    cache.sawRoot(root);
    expect(cache(byId('T1'))).not.toBe(before);
  });

  it('should see an edit between two engine runs', async () => {
    const { root, byId } = await load();
    const ids = () => lintDefinitions(root, { config: { rules: { 'lane-per-pool': 'warn' } } }).findings.map((f) => f.elementId);
    expect(ids()).toEqual([]);
    leaveLane(byId);
    expect(ids()).toEqual(['T1']);
  });

  it('should see an edit between two runs of bpmnlint, which reuses rule instances', async () => {
    const { root, byId } = await load();
    const linter = new Linter({ resolver: new StaticResolver({ 'rule:bpmnlint-plugin-gpm/lane-per-pool': loadRule('lane-per-pool') }) });
    const config = { rules: { 'gpm/lane-per-pool': 'warn' } };
    const ids = async () => (Object.values(await linter.lint(root, config)).flat() as Array<{ id: string }>).map((r) => r.id);
    expect(await ids()).toEqual([]);
    leaveLane(byId);
    expect(await ids()).toEqual(['T1']);
  });
});
