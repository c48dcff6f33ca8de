import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../../../src/domain/compare/compareVariants';
import { deviationCsv } from '../../../../src/domain/compare/export/deviationCsv';
import { matrixCsv } from '../../../../src/domain/compare/export/matrixCsv';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import { compareToSoll, longestIncreasing } from '../../../../src/domain/compare/views/compareToSoll';
import { sideBySide } from '../../../../src/domain/compare/views/sideBySide';
import { stepPairs } from '../../../../src/domain/compare/views/stepPairs';
import { buildStepMatrix } from '../../../../src/domain/compare/views/stepMatrix';
import { variantSimilarity } from '../../../../src/domain/compare/views/variantSimilarity';
import { variant } from './graphFixture';

const soll = variant('SOLL', [
  { label: 'Antrag erfassen', role: 'Servicecenter' },
  { label: 'Antrag prüfen', role: 'Sachbearbeitung' },
  { label: 'Bescheid erstellen', role: 'Sachbearbeitung' },
  { label: 'Bescheid versenden', role: 'Servicecenter' }
], { modellart: 'SOLL' });
const ist = variant('Neukölln', [
  { label: 'Antrag prüfen', role: 'Sachbearbeitung', it: ['OK.VERFAHREN'], medium: 'papier' },
  { label: 'Antrag erfassen', role: 'Sachbearbeitung' },
  { label: 'Akte anlegen', role: 'Sachbearbeitung' },
  { label: 'Bescheid versenden', role: 'Servicecenter' }
]);
const variants = [soll, ist];

describe('buildStepMatrix', () => {
  it('given a matching, when building the matrix, then cells should show label, role, IT system and medium, gaps as null', () => {
    const m = buildStepMatrix(matchVariants(variants), variants);
    expect(m.columns.map((c) => c.name)).toEqual(['SOLL', 'Neukölln']);
    const check = m.rows.find((r) => r.name === 'Antrag prüfen')!;
    expect(check.cells[1]).toMatchObject({ labels: ['Antrag prüfen'], roles: ['Sachbearbeitung'], itSysteme: ['OK.VERFAHREN'], media: ['Papier'] });
    expect(m.rows.find((r) => r.name === 'Bescheid erstellen')!.cells[1]).toBeNull();
    expect(m.rows.find((r) => r.name === 'Akte anlegen')!.cells[0]).toBeNull();
  });

  it('given sort by support, when building the matrix, then rows with more variants should come first', () => {
    const m = buildStepMatrix(matchVariants(variants), variants, 'support');
    const support = m.rows.map((r) => r.support);
    expect(support).toEqual([...support].sort((x, y) => y - x));
  });
});

describe('compareToSoll', () => {
  it('given an IST and the SOLL, when compared, then coverage, missing, extra, order and role deviations should be listed', () => {
    const r = compareToSoll(matchVariants(variants), 'Neukölln', 'SOLL');
    expect(r.coverage).toBe(0.75);
    const by = (k: string) => r.deviations.filter((d) => d.kind === k).map((d) => d.stepName);
    expect(by('missing')).toEqual(['Bescheid erstellen']);
    expect(by('extra')).toEqual(['Akte anlegen']);
    expect(by('order')).toHaveLength(1);
    expect(['Antrag erfassen', 'Antrag prüfen']).toContain(by('order')[0]);
    expect(by('role')).toEqual(['Antrag erfassen']);
    expect(r.deviations.find((d) => d.kind === 'role')!.text).toBe('„Antrag erfassen“: Rolle „Sachbearbeitung“ statt „Servicecenter“ (SOLL).');
    expect(r.deviations.find((d) => d.kind === 'extra')!.elementIds).toEqual(['T3']);
  });

  it('given a sequence, when taking the longest increasing run, then the fewest moved elements should remain outside', () => {
    expect([...longestIncreasing([0, 3, 1, 2])].sort()).toEqual([0, 2, 3]);
    expect(longestIncreasing([])).toEqual(new Set());
  });
});

describe('variantSimilarity', () => {
  it('given identical and different variants, when compared, then identical should be 1 and the measure explained', () => {
    const a = variant('A', ['Antrag prüfen', 'Bescheid erstellen', 'Bescheid versenden']);
    const b = variant('B', ['Antrag prüfen', 'Bescheid erstellen', 'Bescheid versenden']);
    const c = variant('C', ['Bescheid versenden', 'Antrag prüfen', 'Akte archivieren']);
    const vs = [a, b, c];
    const s = variantSimilarity(matchVariants(vs), vs);
    expect(s.cells[0][1].similarity).toBe(1);
    expect(s.cells[0][2]).toMatchObject({ sharedSteps: 0.5, order: 0, sharedCount: 2 });
    expect(s.cells[0][2].similarity).toBeCloseTo(0.5 * 0.5 + 0.25 * s.cells[0][2].structure, 3);
    expect(s.cells[2][0]).toEqual(s.cells[0][2]);
    expect(s.explanation).toContain('gemeinsame Schritte');
  });
});

describe('sideBySide', () => {
  it('given two variants, when put side by side, then each activity should be matched, differing or only on one side', () => {
    const r = sideBySide(matchVariants(variants), variants, 'SOLL', 'Neukölln');
    const status = (side: 'left' | 'right', label: string) => r[side].find((e) => e.label === label)!;
    expect(status('left', 'Bescheid versenden').status).toBe('matched');
    expect(status('left', 'Antrag erfassen').status).toBe('differs');
    expect(status('left', 'Antrag erfassen').differences.join()).toContain('Rolle');
    expect(status('left', 'Bescheid erstellen').status).toBe('onlyLeft');
    expect(status('right', 'Akte anlegen').status).toBe('onlyRight');
    expect(status('left', 'Antrag prüfen').partnerIds).toEqual(['T1']);
  });
});

describe('stepPairs and CSV export', () => {
  it('given steps, when listing pairs, then every cross-variant member pair should appear once with the first variant as source', () => {
    const pairs = stepPairs(matchVariants(variants));
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => p.source.variantId === 'SOLL' && p.target.variantId === 'Neukölln')).toBe(true);
  });

  it('given a comparison, when exported, then matrix and deviations should be semicolon CSV with BOM for Excel', () => {
    const c = compareVariants(variants);
    if (!c.ok) throw new Error('comparison failed');
    const csv = matrixCsv(c.value.matrix);
    expect(csv.startsWith('\uFEFFSchritt;Unterstützung;Anteil;Konfidenz;Bestätigt;SOLL: Aktivität')).toBe(true);
    expect(csv).toContain('\r\nAntrag prüfen;2;1;');
    const dev = deviationCsv(c.value.deviations);
    expect(dev.split('\r\n')[0]).toBe('\uFEFFVariante;SOLL;Abdeckung;Art;Schritt;Elemente;Beschreibung');
    expect(dev).toContain('Neukölln;SOLL;0,75;fehlt;Bescheid erstellen;;SOLL-Schritt „Bescheid erstellen“ fehlt.');
    expect(dev).toContain('"„Antrag erfassen“: Rolle „Sachbearbeitung“ statt „Servicecenter“ (SOLL)."'.replace(/^"|"$/g, ''));
  });
});

describe('compareVariants', () => {
  it('given fewer than two variants, when compared, then it should fail with compare/too-few', () => {
    const r = compareVariants([soll]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('compare/too-few');
  });

  it('given no SOLL, when compared, then there should be no deviations and a note saying so', () => {
    const r = compareVariants([ist, variant('Mitte', ['Antrag prüfen'])]);
    expect(r.ok && r.value.deviations).toEqual([]);
    expect(r.ok && r.value.notes.join()).toContain('Keine SOLL-Variante');
  });
});
