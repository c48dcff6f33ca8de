import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const PLUGIN = resolve(__dirname, '../../modeling-conventions');
const plugin = require(PLUGIN);
const { loadCatalog } = require(`${PLUGIN}/lib/loadCatalog`);
const { catalogProblems } = require(`${PLUGIN}/lib/validateCatalog`);
const ruleMeta = require(`${PLUGIN}/lib/ruleMeta`);

interface RuleRecord {
  id: string;
  code: string;
  category: string;
  kind: string;
  severity: Record<string, string>;
  params?: Record<string, unknown>;
  profileParams?: Record<string, Record<string, unknown>>;
}

const catalog: RuleRecord[] = loadCatalog();
/** The categories this rule set covers here (naming rules are tested in tests/conventions/naming). */
const mine = catalog.filter((r) => r.category !== 'naming');
const PROFILES = ['basis', 'experte', 'soll', 'fim'];

describe('rule catalog', () => {
  it('given the shipped catalog, when validated, then should have no problems', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('given the catalog, when counted, then should hold the 49 palette, structure, organisation, layout, documentation and digitisation rules', () => {
    const counts: Record<string, number> = {};
    for (const r of mine) counts[r.category] = (counts[r.category] ?? 0) + 1;
    expect(counts).toEqual({ palette: 4, structure: 17, organisation: 8, layout: 6, documentation: 7, digitisation: 7 });
  });

  it('given a record with a heuristic error, an unknown profile and a duplicate id, when validated, then should name each problem', () => {
    const good = mine[0];
    const problems = catalogProblems([
      good,
      { ...good, code: 'MK-PAL-99' },
      { ...good, id: 'x-rule', code: 'MK-PAL-98', kind: 'heuristic', severity: { ...good.severity, basis: 'error', ist: 'off' } }
    ]);
    expect(problems.join('\n')).toContain('doppelt');
    expect(problems.join('\n')).toContain('heuristische Regeln dürfen nie „error“ sein');
    expect(problems.join('\n')).toContain('unbekanntes Profil "ist"');
  });
});

describe.each(mine.map((r) => [r.id, r] as const))('rule %s', (id, record) => {
  it('should have a rule file whose factory builds a check for every profile', () => {
    const factory = require(`${PLUGIN}/rules/${id}.js`);
    expect(typeof factory).toBe('function');
    for (const profile of PROFILES) {
      const rule = factory(ruleMeta.paramsIn(id, profile));
      expect(typeof rule.check).toBe('function');
    }
  });

  it('should only use parameters the rule knows', () => {
    const factory = require(`${PLUGIN}/rules/${id}.js`);
    const known = Object.keys(factory.defaults ?? {});
    const used = new Set([...Object.keys(record.params ?? {}), ...Object.values(record.profileParams ?? {}).flatMap((p) => Object.keys(p))]);
    for (const name of used) expect(known, `parameter ${name} of ${id}`).toContain(name);
  });

  it('should have a German docs page with code, examples and every parameter', () => {
    const path = `${PLUGIN}/docs/${id}.md`;
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(record.code);
    expect(text).toContain('## Richtig');
    expect(text).toContain('## Falsch');
    for (const name of Object.keys(record.params ?? {})) expect(text).toContain(`\`${name}\``);
  });

  it('should never be an error in any profile when heuristic', () => {
    if (record.kind !== 'heuristic') return;
    for (const profile of PROFILES) expect(record.severity[profile]).not.toBe('error');
  });
});

describe('generated profiles and metadata', () => {
  it('given the catalog, when the plugin loads, then should export one config per profile plus all', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(['all', 'basis', 'experte', 'fim', 'soll']);
    for (const r of mine) expect(plugin.rules[r.id]).toBe(`./rules/${r.id}`);
  });

  it('given a rule that is off in a profile, when the profile is built, then should leave the rule out', () => {
    const offInExperte = mine.find((r) => r.severity.experte === 'off');
    expect(offInExperte).toBeDefined();
    expect(plugin.configs.experte.rules[offInExperte!.id]).toBeUndefined();
    expect(plugin.configs.basis.rules['start-event-required']).toBe('error');
  });

  it('given profile parameters, when the profile is built, then should overlay them on the base parameters', () => {
    const [level, params] = plugin.configs.experte.rules['gateway-types-restricted'];
    expect(level).toBe('error');
    expect(params.coreRules).toEqual(['no-complex-gateway']);
    expect(params.coreSeverities).toEqual({ 'no-inclusive-gateway': 'warning' });
  });

  it('given rule ids and codes, when metadata is looked up, then should find the record either way', () => {
    expect(ruleMeta.getRuleMeta('gpm/parallel-split-joined').code).toBe('MK-STR-07');
    expect(ruleMeta.getRuleMeta('MK-STR-07').id).toBe('parallel-split-joined');
    expect(ruleMeta.severityIn('task-types-untyped', 'soll')).toBe('off');
    expect(ruleMeta.docsPath('MK-STR-07')).toBe('docs/parallel-split-joined.md');
    expect(ruleMeta.listRules('palette').map((r: RuleRecord) => r.code)).toEqual(['MK-PAL-01', 'MK-PAL-02', 'MK-PAL-03', 'MK-PAL-04']);
  });
});
