import { describe, expect, it } from 'vitest';

interface BenchHelpers {
  extractLastJson(text: string): { value: unknown; rest: string };
  scriptEntry(command: string): string | undefined;
}
// bench/run.mjs is plain ESM without type declarations: load it untyped
const benchScript = new URL('../../../bench/run.mjs', import.meta.url).href;
const { extractLastJson, scriptEntry } = (await import(/* @vite-ignore */ benchScript)) as BenchHelpers;

describe('npm run bench: reading a benchmark’s output', () => {
  it('should take the whole stdout as the result when the benchmark follows the convention', () => {
    expect(extractLastJson('{\n  "a": 1\n}\n')).toEqual({ value: { a: 1 }, rest: '' });
  });

  it('should take the last JSON object and keep the text around it as the table', () => {
    const out = 'table line {x}\n{"old": true}\n{\n  "b": { "c": 2 }\n}\nfooter\n';
    expect(extractLastJson(out)).toEqual({ value: { b: { c: 2 } }, rest: 'table line {x}\n{"old": true}\n\nfooter\n' });
  });

  it('should accept a JSON array and report nothing when there is no JSON', () => {
    expect(extractLastJson('[1, 2]').value).toEqual([1, 2]);
    expect(extractLastJson('just a table\n')).toEqual({ value: undefined, rest: 'just a table\n' });
  });

  it('should find the entry file an npm script runs', () => {
    expect(scriptEntry('tsx bench/lint/lintBench.ts')).toBe('bench/lint/lintBench.ts');
    expect(scriptEntry('node bench/editor/run.mjs')).toBe('bench/editor/run.mjs');
    expect(scriptEntry('echo hi')).toBeUndefined();
  });
});
