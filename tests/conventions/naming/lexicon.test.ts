import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const LEXICONS = resolve(ROOT, 'modeling-conventions/lexicons');

describe('label lexicons', () => {
  it('should keep the generated JSON files in sync with the .txt word lists', () => {
    // given the committed lists, when the build script checks them, then it exits 0
    expect(() =>
      execFileSync(process.execPath, ['modeling-conventions/scripts/build-lexicon.js', '--check'], { cwd: ROOT, stdio: 'pipe' })
    ).not.toThrow();
  });

  it('should ship infinitives and participles with their licence file', () => {
    // given the shipped verb lexicon
    const verbs = JSON.parse(readFileSync(resolve(LEXICONS, 'verbs-de.json'), 'utf8'));
    const infinitives = new Set<string>(verbs.infinitives.split(' '));
    const participles = new Set<string>(verbs.participles.split(' '));
    // then it holds regular, irregular and separable forms and names its licence
    for (const verb of ['prüfen', 'weiterleiten', 'senden', 'anlegen', 'entscheiden']) expect(infinitives.has(verb)).toBe(true);
    for (const form of ['geprüft', 'weitergeleitet', 'gesandt', 'eingegangen', 'entschieden']) expect(participles.has(form)).toBe(true);
    expect(verbs.license).toBe('CC-BY-SA-4.0');
    expect(existsSync(resolve(LEXICONS, 'verbs-de.LICENSE.txt'))).toBe(true);
  });

  it('should stay compact enough for the browser bundle', () => {
    // given the generated files, then together they stay below 300 KB
    const size = ['verbs-de.json', 'label-wordlists.json']
      .map((file) => readFileSync(resolve(LEXICONS, file)).length)
      .reduce((a, b) => a + b, 0);
    expect(size).toBeLessThan(300 * 1024);
  });
});
