import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getPluginRegistry } from '../../../src/linting/ruleRegistry';

const require = createRequire(import.meta.url);
const { buildRuleIndexSource, RULE_INDEX_PATH } = require('../../../modeling-conventions/scripts/build-rule-index.js') as {
  buildRuleIndexSource(): string;
  RULE_INDEX_PATH: string;
};

describe('generated rule index (modeling-conventions/lib/ruleModules.js)', () => {
  it('should be in sync with the catalog and the rules folder (run build-rule-index.js when this fails)', () => {
    expect(readFileSync(RULE_INDEX_PATH, 'utf8')).toBe(buildRuleIndexSource());
  });

  it('should have a rule module or a missing entry for every catalog rule', () => {
    const index = require('bpmnlint-plugin-gpm/lib/ruleModules.js') as { ruleModules: Record<string, unknown>; missingRules: string[] };
    const registry = getPluginRegistry();
    for (const record of registry.records()) {
      expect(record.id in index.ruleModules || index.missingRules.includes(record.id), record.id).toBe(true);
    }
    for (const factory of Object.values(index.ruleModules)) expect(typeof factory).toBe('function');
  });
});
