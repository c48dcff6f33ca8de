import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const CWD = resolve(__dirname, '../fixtures/compare/cli');

/** Run `gpm …` with captured output. */
async function gpm(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: CWD });
  return { code, out, err };
}

interface MatchJson {
  models: Array<{ file: string; name: string }>;
  groups: Array<{ name: string; members: Array<{ file: string; id: string; label: string }> }>;
  pairs: Array<{ source: { file: string; id: string; label: string }; target: { file: string; id: string; label: string }; score: number }>;
}

describe('gpm match', () => {
  it('given two district models, when matched, then it should print models, groups and pairs as JSON', async () => {
    const { code, out } = await gpm(['match', 'mitte.bpmn', 'pankow.bpmn']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as MatchJson;
    expect(Object.keys(json)).toEqual(['models', 'groups', 'pairs']);
    expect(json.models).toEqual([
      { file: 'mitte.bpmn', name: 'Wohngeld Bezirksamt Mitte' },
      { file: 'pankow.bpmn', name: 'Wohngeld Bezirksamt Pankow' }
    ]);
    const check = json.groups.find((g) => g.members.some((m) => m.id === 'Task_M2'))!;
    expect(check.members).toEqual([
      { file: 'mitte.bpmn', id: 'Task_M2', label: 'Antrag prüfen' },
      { file: 'pankow.bpmn', id: 'Task_P2', label: 'Prüfung des Antrags' }
    ]);
    expect(json.pairs.map((p) => `${p.source.id}=${p.target.id}`).sort()).toEqual(
      ['Task_M1=Task_P1', 'Task_M2=Task_P2', 'Task_M3=Task_P4', 'Task_M5=Task_P5']
    );
    for (const p of json.pairs) {
      expect(Object.keys(p)).toEqual(['source', 'target', 'score']);
      expect(p.source.file).toBe('mitte.bpmn');
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it('given three models, when matched, then pairs should cover every pair of models implied by the groups', async () => {
    const { out } = await gpm(['match', 'mitte.bpmn', 'pankow.bpmn', 'soll.bpmn']);
    const json = JSON.parse(out) as MatchJson;
    const expected = json.groups.reduce((sum, g) => {
      const files = g.members.map((m) => m.file);
      let n = 0;
      for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) if (files[i] !== files[j]) n++;
      return sum + n;
    }, 0);
    expect(json.pairs).toHaveLength(expected);
    expect(new Set(json.pairs.map((p) => `${p.source.file}|${p.target.file}`))).toEqual(
      new Set(['mitte.bpmn|pankow.bpmn', 'mitte.bpmn|soll.bpmn', 'pankow.bpmn|soll.bpmn'])
    );
  });

  it('given --format csv, when matched, then it should print the matrix as semicolon CSV with BOM', async () => {
    const { code, out } = await gpm(['match', 'mitte.bpmn', 'pankow.bpmn', '--format', 'csv']);
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFFSchritt;Unterstützung;')).toBe(true);
    expect(out).toContain('Antrag prüfen;2;1;');
  });

  it('given an unreadable and a broken file, when matched, then it should name them in German on stderr, exit 2 and still match the rest', async () => {
    const { code, out, err } = await gpm(['match', 'mitte.bpmn', 'fehlt.bpmn', 'broken.bpmn', 'pankow.bpmn']);
    expect(code).toBe(2);
    expect(err).toContain('fehlt.bpmn: Datei kann nicht gelesen werden (Datei nicht gefunden).');
    expect(err).toContain('„broken.bpmn“');
    const json = JSON.parse(out) as MatchJson;
    expect(json.models.map((m) => m.file)).toEqual(['mitte.bpmn', 'pankow.bpmn']);
    expect(json.pairs.length).toBeGreaterThan(0);
  });

  it('given a wrong option or no file, when called, then it should print the German usage and exit 2', async () => {
    expect((await gpm(['match', '--format', 'xml', 'mitte.bpmn'])).err).toContain('Unbekanntes Format „xml“');
    const none = await gpm(['match']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Verwendung: gpm match');
  });
});
