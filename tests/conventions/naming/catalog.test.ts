import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import naming from '../../../modeling-conventions/catalog/naming.json';

const require = createRequire(import.meta.url);
const PLUGIN = resolve(__dirname, '../../../modeling-conventions');
const { catalogProblems } = require('../../../modeling-conventions/lib/validateCatalog.js');

describe('naming catalog', () => {
  it('should hold the twelve rules MK-NAME-01..12 as valid records', () => {
    expect(naming.map((r) => r.code)).toEqual(Array.from({ length: 12 }, (_, i) => `MK-NAME-${String(i + 1).padStart(2, '0')}`));
    expect(catalogProblems(naming)).toEqual([]);
  });

  it('should never default a heuristic rule to error', () => {
    for (const record of naming.filter((r) => r.kind === 'heuristic')) {
      expect(Object.values(record.severity)).not.toContain('error');
    }
  });

  it.each(naming.map((r) => [r.id]))('should have a rule file whose parameters match the catalog and a German doc page for %s', (id) => {
    // given the catalog record, then the rule knows every parameter and the doc shows both examples
    const record = naming.find((r) => r.id === id)!;
    const factory = require(resolve(PLUGIN, 'rules', `${id}.js`));
    const defaults = factory.defaults ?? {};
    expect(Object.keys(record.params).filter((k) => !(k in defaults))).toEqual([]);
    const docPath = resolve(PLUGIN, 'docs', `${id}.md`);
    expect(existsSync(docPath)).toBe(true);
    const doc = readFileSync(docPath, 'utf8');
    for (const heading of ['## Warum?', '## Richtig', '## Falsch', '## Parameter', '## Bekannte Fehlalarme']) expect(doc).toContain(heading);
  });
});
