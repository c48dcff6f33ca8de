import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM script without types
import { extractUiStrings } from '../../helpers/extractUiStrings.mjs';
import { translateDe } from '../../../src/bpmn/modules/german-translate';
import { TRANSLATIONS_DE } from '../../../src/bpmn/modules/german-translate/translationsDe';
import { germanTypeLabel } from '../../../src/bpmn/modules/german-translate/germanTypeLabel';

/** Strings that are not words (key combinations, separators) and need no translation. */
const NOT_TEXT = /^[\s+x]*$/;

describe('German UI strings', () => {
  const strings: string[] = extractUiStrings(resolve(__dirname, '../../..'));

  it('should find the user-visible strings of bpmn-js, diagram-js, minimap and properties panel core', () => {
    expect(strings.length).toBeGreaterThan(100);
    expect(strings).toContain('Append task');
  });

  it('should have German for every one of them', () => {
    const missing = strings.filter((s) => !NOT_TEXT.test(s) && TRANSLATIONS_DE[s] === undefined && germanTypeLabel(s) === undefined);
    expect(missing).toEqual([]);
  });

  it('should fill placeholders and fall back to the English text only for unknown strings', () => {
    expect(translateDe('Append {type}', { type: 'Aufgabe' })).not.toContain('{type}');
    expect(translateDe('Message Start Event')).toBe('Nachrichten-Startereignis');
    expect(translateDe('Timer Boundary Event (Non Interrupting)')).toBe('angeheftetes Zeit-Zwischenereignis (nicht unterbrechend)');
  });
});
