import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const CWD = resolve(__dirname, '../fixtures/compare/cli');

async function gpm(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: CWD });
  return { code, out, err };
}

describe('gpm compare', () => {
  it('given districts and a SOLL, when compared, then it should print the matrix and each file\'s deviations in German', async () => {
    const { code, out } = await gpm(['compare', 'mitte.bpmn', 'pankow.bpmn', '--soll', 'soll.bpmn']);
    expect(code).toBe(0);
    expect(out).toContain('Matrix Schritte × Varianten (6 Schritte, 3 Varianten)');
    expect(out).toMatch(/Antrag prüfen\s+\| 3\/3\s+\| Antrag prüfen\s+\| Prüfung des Antrags/);
    expect(out).toMatch(/Unterlagen nachfordern\s+\| 1\/3\s+\| —/);
    expect(out).toContain('Abweichungen „Wohngeld Bezirksamt Pankow“ vom SOLL „Wohngeld SOLL“: Abdeckung 80 % (4 von 5 SOLL-Schritten)');
    expect(out).toContain('  - SOLL-Schritt „Bescheid erstellen“ fehlt.');
    expect(out).toContain('  - Zusätzlicher Schritt „Unterlagen nachfordern“ (nicht im SOLL).');
    expect(out).toContain('„Bescheid versenden“: Rolle „Poststelle“ statt „Wohngeldstelle“ (SOLL).');
    expect(out).toContain('Ähnlichkeit = 50 % gemeinsame Schritte');
  });

  it('given --format json, when compared, then it should print matrix, similarity and deviations as JSON', async () => {
    const { code, out } = await gpm(['compare', 'mitte.bpmn', 'pankow.bpmn', '--soll', 'soll.bpmn', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.soll).toBe('soll.bpmn');
    expect(json.models.map((m: { modellart: string }) => m.modellart)).toEqual(['IST', 'IST', 'SOLL']);
    expect(json.matrix.rows).toHaveLength(6);
    expect(json.similarity.values[0][0]).toBe(1);
    const pankow = json.deviations.find((d: { file: string }) => d.file === 'pankow.bpmn');
    expect(pankow).toMatchObject({ coverage: 0.8, missing: ['Bescheid erstellen'], extra: [{ step: 'Unterlagen nachfordern', ids: ['Task_P3'] }] });
  });

  it('given a district that only receives the application as a message event, when compared, then its cell should be marked', async () => {
    const samples = resolve(__dirname, '../../samples/wohngeld');
    const { code, out } = await gpm(['compare', `${samples}/wohngeld-ist-mitte.bpmn`, `${samples}/wohngeld-ist-pankow.bpmn`]);
    expect(code).toBe(0);
    expect(out).toMatch(/Antrag annehmen\s+\| 2\/2\s+\| Antrag annehmen\s+\| ✉ Antrag eingegangen/);
    expect(out).toContain('✉ = der Schritt ist in dieser Variante nur als Nachrichtenereignis modelliert');
    const json = JSON.parse((await gpm(['compare', `${samples}/wohngeld-ist-mitte.bpmn`, `${samples}/wohngeld-ist-pankow.bpmn`, '--format', 'json'])).out);
    const row = json.matrix.rows.find((r: { step: string }) => r.step === 'Antrag annehmen');
    expect(row.cells.map((c: { event?: string } | null) => c?.event ?? null)).toEqual([null, 'receive']);
  });

  it('given an unreadable file, when compared, then it should say so in German, exit 2 and compare the others', async () => {
    const { code, out, err } = await gpm(['compare', 'mitte.bpmn', 'weg.bpmn', 'pankow.bpmn', '--soll', 'soll.bpmn']);
    expect(code).toBe(2);
    expect(err).toContain('weg.bpmn: Datei kann nicht gelesen werden');
    expect(out).toContain('Abweichungen „Wohngeld Bezirksamt Pankow“');
  });

  it('given only one readable model, when compared, then it should explain that two are needed and exit 2', async () => {
    const { code, err } = await gpm(['compare', 'mitte.bpmn', 'broken.bpmn']);
    expect(code).toBe(2);
    expect(err).toContain('mindestens zwei Varianten');
  });

  it('given no SOLL, when compared, then it should print the matrix and a note instead of deviations', async () => {
    const { code, out } = await gpm(['compare', 'mitte.bpmn', 'pankow.bpmn']);
    expect(code).toBe(0);
    expect(out).toContain('Keine SOLL-Variante angegeben');
    expect(out).not.toContain('Abweichungen „');
  });
});
