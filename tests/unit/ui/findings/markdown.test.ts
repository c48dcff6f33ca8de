import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeHref, parseInline, parseMarkdown } from '../../../../src/ui/features/findings/markdown';

describe('parseMarkdown', () => {
  it('should read headings, paragraphs, code blocks, lists, quotes and tables', () => {
    const blocks = parseMarkdown(
      ['# Titel', '', 'Erste Zeile', 'zweite Zeile.', '', '## Richtig', '', '```xml', '<bpmn:task name="A &amp; B" />', '```', '', '- eins', '- zwei', '', '> Zitat', '', '| A | B |', '|---|---|', '| 1 | 2 |'].join('\n')
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'code', 'list', 'quote', 'table']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'Erste Zeile zweite Zeile.' }] });
    expect(blocks[3]).toEqual({ kind: 'code', lang: 'xml', text: '<bpmn:task name="A &amp; B" />' });
    expect(blocks[6]).toMatchObject({ kind: 'table', header: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: '1' }], [{ text: '2' }]]] });
  });

  it('should keep markup-looking text as text (React escapes it when rendering)', () => {
    const [p] = parseMarkdown('Ein <script>alert(1)</script> im Text');
    expect(p).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'Ein <script>alert(1)</script> im Text' }] });
  });

  it('should parse every rule doc of the convention plugin, and find the correct and incorrect example', () => {
    const dir = join(__dirname, '../../../../modeling-conventions/docs');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) expect(parseMarkdown(readFileSync(join(dir, file), 'utf8')).length).toBeGreaterThan(0);
    const doc = readFileSync(join(dir, 'end-event-required.md'), 'utf8');
    const headings = parseMarkdown(doc).filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.children.map((c) => ('text' in c ? c.text : '')).join('') : ''));
    expect(headings).toContain('Richtig');
    expect(headings).toContain('Falsch');
    expect(parseMarkdown(doc).filter((b) => b.kind === 'code').length).toBeGreaterThanOrEqual(2);
  });
});

describe('parseInline', () => {
  it('should read code, bold, italic and links', () => {
    expect(parseInline('**Code:** MK-STR-02 · `end-event-required` · *kursiv* [Quelle](https://example.org)')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Code:' }] },
      { kind: 'text', text: ' MK-STR-02 · ' },
      { kind: 'code', text: 'end-event-required' },
      { kind: 'text', text: ' · ' },
      { kind: 'em', children: [{ kind: 'text', text: 'kursiv' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://example.org', children: [{ kind: 'text', text: 'Quelle' }] }
    ]);
  });

  it('should follow only web links', () => {
    expect(isSafeHref('https://www.berlin.de')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('../shared/conventions/catalog.md')).toBe(false);
  });
});
