import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readText } from '../../helpers/corpus';
import { loadRule, parseXml } from '../../helpers/lintRule';
import naming from '../../../modeling-conventions/catalog/naming.json';

const require = createRequire(import.meta.url);
const Linter = require('bpmnlint/lib/linter');
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver');

describe('naming rules on the real corpora', () => {
  it('should lint every corpus file with all naming rules without a rule error', async () => {
    // given all corpus files and one linter with the twelve naming rules
    const resolver = new StaticResolver(Object.fromEntries(naming.map((r) => [`rule:bpmnlint-plugin-gpm/${r.id}`, loadRule(r.id)])));
    const rules = Object.fromEntries(naming.map((r) => [`gpm/${r.id}`, ['warn', r.params]]));
    const errors: string[] = [];
    const perRule = new Map<string, number>();
    for (const file of corpusFiles()) {
      let root: unknown;
      try {
        root = await parseXml(readText(file.path));
      } catch {
        continue; // unparseable files are the parser's business, not the rules'
      }
      // when linted with fresh rule instances
      const results = await new Linter({ resolver }).lint(root, { rules });
      for (const [rule, reports] of Object.entries(results as Record<string, Array<{ category: string; message: string }>>)) {
        for (const r of reports) {
          if (r.category === 'rule-error') errors.push(`${file.name} ${rule}: ${r.message}`);
          else perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
        }
      }
    }
    // then no rule crashed and the label rules found something in the real labels
    expect(errors).toEqual([]);
    for (const rule of ['label-required', 'activity-label-object-infinitive', 'event-label-state', 'label-form']) {
      expect(perRule.get(`gpm/${rule}`) ?? 0).toBeGreaterThan(0);
    }
  });
});
