import { describe, expect, it } from 'vitest';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import type { MatchResult } from '../../../../src/domain/compare/matching/matchTypes';
import { variant } from './graphFixture';

/** Steps as sorted lists of "variant:label", for readable assertions. */
const groups = (r: MatchResult) =>
  r.steps.map((s) => s.members.map((m) => `${m.variantId}:${m.label}`).sort().join(' | ')).sort();

const mitte = variant('Mitte', ['Antrag entgegennehmen', 'Antrag prüfen', 'Gebühr berechnen', 'Bescheid erstellen', 'Bescheid versenden']);
const pankow = variant('Pankow', ['Antragsannahme', 'Prüfung des Antrags', 'Gebührenberechnung', 'Erstellung des Bescheids', 'Bescheid verschicken']);
const spandau = variant('Spandau', ['Antrag annehmen', 'Antragsprüfung', 'Bescheid erstellen', 'Bescheid zur Post geben', 'Akte archivieren']);

describe('matchVariants', () => {
  it('given three districts wording the same steps differently, when matched, then each step should hold one activity per district', () => {
    const r = matchVariants([mitte, pankow, spandau]);
    const g = groups(r);
    expect(g).toContain('Mitte:Antrag prüfen | Pankow:Prüfung des Antrags | Spandau:Antragsprüfung');
    expect(g).toContain('Mitte:Antrag entgegennehmen | Pankow:Antragsannahme | Spandau:Antrag annehmen');
    expect(g).toContain('Mitte:Bescheid erstellen | Pankow:Erstellung des Bescheids | Spandau:Bescheid erstellen');
    expect(g).toContain('Mitte:Gebühr berechnen | Pankow:Gebührenberechnung');
    expect(g).toContain('Mitte:Bescheid versenden | Pankow:Bescheid verschicken');
    expect(g).toContain('Spandau:Akte archivieren');
    for (const s of r.steps) expect(new Set(s.members.map((m) => m.variantId)).size).toBe(s.members.length);
  });

  it('given matched steps, when reading them, then they should carry support, confidence and a canonical name in flow order', () => {
    const r = matchVariants([mitte, pankow, spandau]);
    const check = r.steps.find((s) => s.members.some((m) => m.label === 'Antrag prüfen'))!;
    expect(check.support).toBe(3);
    expect(check.confidence).toBeGreaterThan(0.5);
    expect(check.members.every((m) => m.confidence > 0 && m.confidence <= 1)).toBe(true);
    expect(r.steps[0].members.map((m) => m.label)).toContain('Antrag entgegennehmen');
    expect(r.steps.map((s) => s.position)).toEqual([...r.steps.map((s) => s.position)].sort((a, b) => a - b));
  });

  it('given a SOLL variant, when naming steps, then the SOLL label should be the canonical name', () => {
    const soll = variant('SOLL', ['Antrag digital prüfen'], { modellart: 'SOLL' });
    const r = matchVariants([variant('A', ['Antrag prüfen']), variant('B', ['Antrag prüfen']), soll]);
    expect(r.steps.find((s) => s.support === 3)?.name).toBe('Antrag digital prüfen');
  });

  it('given a district that splits one step into two consecutive activities, when matched, then both should join the step (1:n)', () => {
    const a = variant('A', ['Antrag erfassen', 'Antrag prüfen und Bescheid erstellen', 'Bescheid versenden']);
    const b = variant('B', ['Antrag erfassen', 'Antrag prüfen', 'Bescheid erstellen', 'Bescheid versenden']);
    const c = variant('C', ['Antrag erfassen', 'Antrag prüfen und Bescheid erstellen', 'Bescheid versenden']);
    const r = matchVariants([a, b, c]);
    const step = r.steps.find((s) => s.members.some((m) => m.label === 'Antrag prüfen und Bescheid erstellen'))!;
    expect(step.members.filter((m) => m.variantId === 'B').map((m) => m.label).sort()).toEqual(['Antrag prüfen', 'Bescheid erstellen']);
    expect(step.members.filter((m) => m.split)).toHaveLength(1);
  });

  it('given unrelated steps, when matched, then they should stay apart', () => {
    const r = matchVariants([variant('A', ['Antrag prüfen', 'Antrag ablehnen']), variant('B', ['Antrag ablehnen', 'Widerspruch bearbeiten'])]);
    expect(groups(r)).toEqual(['A:Antrag ablehnen | B:Antrag ablehnen', 'A:Antrag prüfen', 'B:Widerspruch bearbeiten']);
  });

  it('given a lone activity between the same two steps as another district\'s, sharing a word, when matched, then it should join that step', () => {
    const a = variant('A', ['Nachweise prüfen', 'Gebühr kassieren', 'Parkausweis drucken']);
    const b = variant('B', ['Nachweise prüfen', 'Gebühr erheben', 'Parkausweis drucken']);
    expect(groups(matchVariants([a, b]))).toContain('A:Gebühr kassieren | B:Gebühr erheben');
    // the same words elsewhere in the flow (other neighbours) are no evidence
    const c = variant('C', ['Nachweise prüfen', 'Parkausweis drucken', 'Gebühr erheben']);
    expect(groups(matchVariants([a, c]))).toContain('A:Gebühr kassieren');
    // nor are neighbours alone, without a shared word
    const d = variant('D', ['Nachweise prüfen', 'Termin vereinbaren', 'Parkausweis drucken']);
    expect(groups(matchVariants([a, d]))).toContain('A:Gebühr kassieren');
  });

  it('given a bare "Rejection" in the applicant\'s lane, when matched, then it may be the applicant receiving the rejection', () => {
    // "Rejection" says what happens, not who acts: it is no different action from "Receive rejection"
    const a = variant('A', [{ label: 'Submit application', role: 'Applicant' }, { label: 'Rejection', role: 'Applicant' }]);
    const b = variant('B', [{ label: 'Submit application', role: 'Applicant' }, { label: 'Receive rejection', role: 'Applicant' }]);
    expect(groups(matchVariants([a, b]))).toContain('A:Rejection | B:Receive rejection');
  });

  it('given the same input twice or in another variant order, when matched, then the steps should be identical', () => {
    const once = matchVariants([mitte, pankow, spandau]);
    expect(matchVariants([mitte, pankow, spandau])).toEqual(once);
    expect(groups(matchVariants([spandau, mitte, pankow]))).toEqual(groups(once));
  });
});

describe('matchVariants on odd input', () => {
  it('given a variant without activities, when matched, then it should be an empty column with a note', () => {
    const r = matchVariants([mitte, variant('Leer', [])]);
    expect(r.variants[1].activityCount).toBe(0);
    expect(r.steps.every((s) => s.members.every((m) => m.variantId === 'Mitte'))).toBe(true);
    expect(r.notes.join(' ')).toContain('„Leer“ enthält keine Aktivitäten');
  });

  it('given unlabelled activities, when matched, then they should stay alone with a note', () => {
    const r = matchVariants([variant('A', ['', 'Antrag prüfen']), variant('B', ['', 'Antrag prüfen'])]);
    const unnamed = r.steps.filter((s) => s.name === '(ohne Beschriftung)');
    expect(unnamed).toHaveLength(2);
    expect(unnamed.every((s) => s.members.length === 1)).toBe(true);
    expect(r.notes.some((n) => n.includes('keine Beschriftung'))).toBe(true);
  });

  it('given the same label twice in one model, when matched, then both should join the step and a note should say so', () => {
    const a = variant('A', ['Antrag prüfen', 'Unterlagen nachfordern', 'Antrag prüfen', 'Bescheid erstellen']);
    const b = variant('B', ['Antrag prüfen', 'Bescheid erstellen']);
    const r = matchVariants([a, b]);
    const step = r.steps.find((s) => s.members.some((m) => m.variantId === 'B' && m.label === 'Antrag prüfen'))!;
    expect(step.members.filter((m) => m.variantId === 'A')).toHaveLength(2);
    expect(r.notes.join(' ')).toContain('„Antrag prüfen“ 2-mal');
  });

  it('given identical models, when matched, then every step should pair them and a note should say they are identical', () => {
    const r = matchVariants([variant('A', ['Antrag prüfen', 'Bescheid erstellen']), variant('B', ['Antrag prüfen', 'Bescheid erstellen'])]);
    expect(r.steps).toHaveLength(2);
    expect(r.steps.every((s) => s.support === 2)).toBe(true);
    expect(r.notes.join(' ')).toContain('dieselben Schritte in derselben Reihenfolge');
  });

  it('given a variant with two pools, when matched, then activities of both pools should match and roles come from the pools', () => {
    const two = variant('Zwei', [], { pools: [['Antrag stellen'], ['Antrag prüfen', 'Bescheid erstellen']] });
    const r = matchVariants([two, variant('B', ['Antrag prüfen', 'Bescheid erstellen'])]);
    expect(r.steps.filter((s) => s.support === 2)).toHaveLength(2);
    expect(r.steps.find((s) => s.members.some((m) => m.label === 'Antrag stellen'))!.members[0].role).toBe('Zwei 1');
    expect(r.notes.join(' ')).toContain('2 Pools');
  });

  it('given an English model, when matched with English and German models, then English labels should match each other and be noted', () => {
    const en1 = variant('EN1', ['Check application', 'Send rejection', 'Send acceptance']);
    const en2 = variant('EN2', ['Checking the application', 'Send letter of rejection', 'Send letter of acceptance']);
    const r = matchVariants([en1, en2, mitte]);
    expect(r.variants[0].language).toBe('en');
    expect(groups(r)).toContain('EN1:Send rejection | EN2:Send letter of rejection');
    expect(groups(r)).toContain('EN1:Check application | EN2:Checking the application');
    expect(r.notes.join(' ')).toContain('englisch beschriftet');
  });

  it('given a single variant, when matched, then it should return its steps and a note instead of failing', () => {
    const r = matchVariants([mitte]);
    expect(r.steps).toHaveLength(5);
    expect(r.notes[0]).toContain('mindestens zwei Varianten');
  });
});

describe('flowOrder', () => {
  it('given an expanded sub-process, when ordering, then its content should come after the activities before it', async () => {
    const { flowOrder } = await import('../../../../src/domain/compare/matching/flowOrder');
    const { linearGraph } = await import('./graphFixture');
    const g = linearGraph('A', ['Antrag prüfen', 'Bearbeitung', 'Bescheid versenden']);
    const sub = g.nodes.find((n) => n.id === 'T2')!;
    sub.kind = 'subProcess';
    sub.type = 'bpmn:SubProcess';
    g.nodes.push(
      { id: 'SubStart', kind: 'startEvent', type: 'bpmn:StartEvent', name: '', processId: 'P1', parentSubProcessId: 'T2', incoming: [], outgoing: ['SF1'], x: 0, y: 0 },
      { id: 'Inner', kind: 'task', type: 'bpmn:Task', name: 'Bescheid erstellen', processId: 'P1', parentSubProcessId: 'T2', incoming: ['SF1'], outgoing: [], x: 0, y: 0 }
    );
    g.flows.push({ id: 'SF1', kind: 'sequence', sourceId: 'SubStart', targetId: 'Inner', name: '' });
    expect(flowOrder(g).order).toEqual(['T1', 'T2', 'Inner', 'T3']);
  });
});
