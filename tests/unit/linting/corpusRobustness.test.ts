/**
 * Every real model in ../shared/corpora lints with every convention rule without a rule error.
 */
import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../../src/bpmn/parseBpmn';
import { lintDefinitions } from '../../../src/linting/lintDefinitions';
import type { LintConfig } from '../../../src/linting/ruleApi';
import { getPluginRegistry } from '../../../src/linting/ruleRegistry';
import { corpusFiles, readText } from '../../helpers/corpus';

describe('linting the corpora', () => {
  it('should lint every corpus file with every rule and no rule error', async () => {
    const registry = getPluginRegistry();
    const config: LintConfig = { rules: Object.fromEntries(registry.records().map((r) => [r.id, ['warn', { ...(r.params ?? {}) }]])) };
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const parsed = await parseBpmn(readText(file.path), file.name, { allowMissingDiagram: true });
      if (!parsed.ok) {
        problems.push(`${file.name}: ${parsed.error.code}`);
        continue;
      }
      const result = lintDefinitions(parsed.value.definitions, { config, today: '2025-06-01' });
      for (const e of result.ruleErrors) problems.push(`${file.name}: ${e.rule}: ${e.reason}`);
    }
    expect(problems).toEqual([]);
  });
});
