/**
 * The convention plugin over every real model in `../shared/corpora/` (MIWG + Munich): each
 * profile through bpmnlint's own Linter must run without a rule error, and no rule state may leak
 * from one run to the next — also when a Linter (and thus its rule instances) is reused.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle } from '../../src/bpmn/moddle';
import { corpusFiles, readText } from '../helpers/corpus';

const require = createRequire(import.meta.url);
const PLUGIN = resolve(__dirname, '../../modeling-conventions');
const Linter = require('bpmnlint/lib/linter');
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver');
const plugin = require(PLUGIN);
const { ruleModules } = require(`${PLUGIN}/lib/ruleModules`);

const PROFILES = ['basis', 'experte', 'soll', 'fim'] as const;
const TODAY = '2026-06-01';

/** A static resolver over the plugin's rules and configs (what a bundled app would use). */
function resolver() {
  const cache: Record<string, unknown> = {};
  for (const [id, factory] of Object.entries(ruleModules)) cache[`rule:bpmnlint-plugin-gpm/${id}`] = factory;
  for (const [name, config] of Object.entries(plugin.configs)) cache[`config:bpmnlint-plugin-gpm/${name}`] = config;
  return new StaticResolver(cache);
}

/** The profile's config with a fixed `today` for the date-dependent Steckbrief rule. */
function profileConfig(profile: string) {
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(plugin.configs[profile].rules as Record<string, unknown>)) {
    if (!(id in ruleModules)) continue; // a catalog rule without file yet is the engine's rule-error, not ours
    const [level, params] = Array.isArray(setting) ? setting : [setting, {}];
    rules[`gpm/${id}`] = [level, { ...params, today: TODAY }];
  }
  return { rules };
}

type Report = { id?: string; message: string; category: string };

function flatten(results: Record<string, Report[]>): string[] {
  return Object.entries(results)
    .flatMap(([rule, reports]) => reports.map((r) => `${rule}|${r.category}|${r.id}|${r.message}`))
    .sort();
}

const files = corpusFiles();
const parsed = new Map<string, Promise<unknown>>();
function parse(path: string): Promise<unknown> {
  if (!parsed.has(path)) parsed.set(path, createModdle().fromXML(readText(path)).then((r) => r.rootElement));
  return parsed.get(path)!;
}

describe('convention profiles over the shared corpora', () => {
  it('given the corpora, when listed, then should hold the MIWG and Munich models', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
  });

  for (const profile of PROFILES) {
    it(`given every corpus file, when linted with profile ${profile}, then should report no rule error`, async () => {
      const config = profileConfig(profile);
      const errors: string[] = [];
      let findings = 0;
      for (const file of files) {
        const linter = new Linter({ resolver: resolver() });
        const results: Record<string, Report[]> = await linter.lint(await parse(file.path), config);
        for (const [rule, reports] of Object.entries(results)) {
          for (const r of reports) {
            if (r.category === 'rule-error') errors.push(`${file.name}: ${rule}: ${r.message}`);
            else findings++;
          }
        }
      }
      expect(errors).toEqual([]);
      expect(findings).toBeGreaterThan(0);
    });
  }

  it('given files A, B and A again, when linted one after the other, then should give A the same findings each time', async () => {
    const config = profileConfig('experte');
    // A and B: models with duplicate-sensitive content (flows, lanes, messages) from both corpora
    const a = files.find((f) => f.name.endsWith('C.3.0.bpmn'))!;
    const b = files.find((f) => f.name.includes('VorgangAnlegenV01'))!;
    const freshA1 = flatten(await new Linter({ resolver: resolver() }).lint(await parse(a.path), config));
    await new Linter({ resolver: resolver() }).lint(await parse(b.path), config);
    const freshA2 = flatten(await new Linter({ resolver: resolver() }).lint(await parse(a.path), config));
    expect(freshA2).toEqual(freshA1);

    // the same Linter keeps its rule instances: the rules must start over with each run
    const reused = new Linter({ resolver: resolver() });
    const reusedA1 = flatten(await reused.lint(await parse(a.path), config));
    await reused.lint(await parse(b.path), config);
    const reusedA2 = flatten(await reused.lint(await parse(a.path), config));
    const reusedA3 = flatten(await reused.lint(await parse(a.path), config));
    expect(reusedA1).toEqual(freshA1);
    expect(reusedA2).toEqual(freshA1);
    expect(reusedA3).toEqual(freshA1);
    expect(freshA1.length).toBeGreaterThan(0);
  });
});
