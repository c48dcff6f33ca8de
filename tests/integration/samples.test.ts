import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_SAMPLES } from '../../samples/generator/allSamples';
import { buildBpmnXml } from '../../src/bpmn/layout/buildBpmnXml';
import { parseBpmn, type ParsedBpmn } from '../../src/bpmn/parseBpmn';
import { isActivity, type ProcessGraph } from '../../src/domain/model/processGraph';
import { SAMPLES_DIR, listBpmnFiles } from '../helpers/corpus';
import { lintDiagram, overlayingFlows, readGeometry } from '../unit/bpmn/layout/diagramChecks';

interface IndexEntry {
  file: string;
  process: string;
  organisationseinheit: string;
  modellart: 'IST' | 'SOLL';
  description: string;
}

const index: IndexEntry[] = JSON.parse(readFileSync(join(SAMPLES_DIR, 'index.json'), 'utf8'));
const parsed = new Map<string, ParsedBpmn>();
const WOHNGELD = 'Wohngeld bewilligen';

/** Samples whose overlapping shapes are a deliberate slip (see samples/README.md). */
const EXPECTED_OVERLAPS: Record<string, string[]> = {
  'wohngeld/wohngeld-ist-spandau.bpmn': ['Activity_Drucken', 'Activity_Zahlung']
};

const graphOf = (file: string): ProcessGraph => parsed.get(file)!.graph;
const activities = (file: string) => graphOf(file).nodes.filter(isActivity);
const wohngeldIst = () => index.filter((e) => e.process === WOHNGELD && e.modellart === 'IST');

beforeAll(async () => {
  for (const entry of index) {
    const result = await parseBpmn(readFileSync(join(SAMPLES_DIR, entry.file), 'utf8'), entry.file);
    if (!result.ok) throw new Error(`${entry.file}: ${result.error.code}`);
    parsed.set(entry.file, result.value);
  }
});

describe('samples', () => {
  it('should list exactly the .bpmn files of samples/ in index.json, each with a German description', () => {
    // given the sample folder and its index
    const files = listBpmnFiles(SAMPLES_DIR).map((p) => relative(SAMPLES_DIR, p)).sort();

    // then both name the same files and every entry is complete
    expect(index.map((e) => e.file).sort()).toEqual(files);
    for (const e of index) {
      expect(e.process && e.organisationseinheit && e.description.length > 30, e.file).toBeTruthy();
      expect(['IST', 'SOLL']).toContain(e.modellart);
    }
    expect(existsSync(join(SAMPLES_DIR, 'README.md'))).toBe(true);
  });

  it('should parse every sample without warnings, with diagram information and the Steckbrief of its index entry', () => {
    for (const e of index) {
      const { graph, warnings } = parsed.get(e.file)!;
      expect(warnings, e.file).toEqual([]);
      expect(graph.hasDiagram, e.file).toBe(true);
      expect(graph.attributes.organisationseinheit, e.file).toBe(e.organisationseinheit);
      expect(graph.attributes.modellart, e.file).toBe(e.modellart);
    }
  });

  it('should be up to date with its spec in samples/generator (regenerate with samples/generator/generateSamples.ts)', async () => {
    for (const sample of ALL_SAMPLES) {
      const committed = readFileSync(join(SAMPLES_DIR, sample.file), 'utf8');
      expect(await buildBpmnXml(sample.spec, { adjustLayout: sample.adjustLayout }), sample.file).toBe(committed);
    }
  });

  it('should have complete DI and no overlapping shapes except the deliberate one (bpmnlint core rules)', async () => {
    for (const e of index) {
      const reports = await lintDiagram((await readGeometry(parsed.get(e.file)!.xml)).definitions);
      expect(reports['no-bpmndi'], e.file).toBeUndefined();
      const overlapping = (reports['no-overlapping-elements'] ?? []).map((r) => r.id).sort();
      expect(overlapping, e.file).toEqual(EXPECTED_OVERLAPS[e.file] ?? []);
    }
  });

  it('should show the applicant as black-box pool with message flows, and roles, media and times on activities', () => {
    for (const e of index) {
      const graph = graphOf(e.file);
      const applicant = graph.participants.find((p) => p.name === 'Antragsteller/in');
      expect(applicant?.processId, e.file).toBeUndefined();
      expect(graph.flows.filter((f) => f.kind === 'message' && (f.sourceId === applicant?.id || f.targetId === applicant?.id)).length, e.file).toBeGreaterThanOrEqual(2);
      for (const a of activities(e.file)) {
        expect(a.attributes?.rolle && a.attributes.medium && a.attributes.bearbeitungszeit !== undefined, `${e.file} ${a.name}`).toBeTruthy();
      }
    }
  });

  it('should hold the Wohngeld IST of at least six districts with 10–25 activities each, and two IST of a second service', () => {
    // given the index
    const ist = wohngeldIst();

    // then six different districts, realistic sizes, and the smaller second service
    expect(new Set(ist.map((e) => e.organisationseinheit)).size).toBeGreaterThanOrEqual(6);
    for (const e of ist) expect(activities(e.file).length, e.file).toBeGreaterThanOrEqual(10);
    for (const e of ist) expect(activities(e.file).length, e.file).toBeLessThanOrEqual(25);
    const others = index.filter((e) => e.process !== WOHNGELD);
    expect(new Set(others.map((e) => e.process)).size).toBe(1);
    expect(others.filter((e) => e.modellart === 'IST')).toHaveLength(2);
  });

  it('should word the same steps differently across districts', () => {
    // given the activity labels of every Wohngeld IST
    const labels = wohngeldIst().map((e) => new Set(activities(e.file).map((a) => a.name)));
    const all = new Set(labels.flatMap((l) => [...l]));

    // then most labels are local wording: many distinct labels, few shared by all districts
    expect(all.size).toBeGreaterThanOrEqual(60);
    const inEvery = [...all].filter((l) => labels.every((set) => set.has(l)));
    expect(inEvery).toEqual([]);
    // the completeness check alone is worded in at least four ways
    const completeness = [...all].filter((l) => /vollständig|unterlagen checken|formale prüfung/i.test(l) && !/nachford|anford/i.test(l));
    expect(completeness.length).toBeGreaterThanOrEqual(4);
  });

  it('should split, merge, add and omit steps between districts', () => {
    const names = (district: string) => activities(wohngeldIst().find((e) => e.organisationseinheit.endsWith(district))!.file).map((a) => a.name);
    // split: separate income and rent checks; merged: one entitlement check or check + calculation
    expect(names('Neukölln')).toEqual(expect.arrayContaining(['Prüfung des Einkommens', 'Prüfung der Miete']));
    expect(names('Mitte')).toContain('Anspruch prüfen');
    expect(names('Spandau')).toContain('Antrag prüfen und Wohngeld berechnen');
    // local extras and a missing team-lead signature
    expect(names('Neukölln')).toContain('Akte aus dem Archiv anfordern');
    expect(names('Spandau')).toContain('Fall der Gruppenleitung vorlegen');
    expect(names('Spandau').some((n) => /zeichnen|freigeben|gegenzeichnen/.test(n) && !/Zahlung/.test(n))).toBe(false);
  });

  it('should give a digital, clean SOLL with a complete Steckbrief and its legal bases', async () => {
    // given the Wohngeld SOLL
    const soll = index.find((e) => e.process === WOHNGELD && e.modellart === 'SOLL')!;
    const graph = graphOf(soll.file);

    // then its Steckbrief is complete and every activity is digital
    expect(graph.attributes).toMatchObject({ modellart: 'SOLL', status: 'in_pruefung', version: expect.any(String) });
    for (const key of ['prozessschluessel', 'politikfeld', 'prozessverantwortlich', 'prozessmanager', 'fallzahlProJahr', 'stand', 'ausloeser', 'ergebnis'] as const) {
      expect(graph.attributes[key], key).toBeTruthy();
    }
    expect(graph.attributes.rechtsgrundlagen).toEqual(expect.arrayContaining(['§ 22 WoGG', '§ 24 WoGG']));
    for (const a of activities(soll.file)) expect(a.attributes?.medium, a.name).toBe('digital');
    // no two sequence flows drawn on top of each other
    const sequenceIds = graph.flows.filter((f) => f.kind === 'sequence').map((f) => f.id);
    expect(overlayingFlows((await readGeometry(parsed.get(soll.file)!.xml)).edges, sequenceIds)).toEqual([]);
    // every XOR split is a question with labelled answers
    for (const g of graph.nodes.filter((n) => n.gatewayKind === 'exclusive' && n.outgoing.length > 1)) {
      expect(g.name.endsWith('?'), g.id).toBe(true);
      for (const id of g.outgoing) expect(graph.flows.find((f) => f.id === id)!.name, id).not.toBe('');
    }
  });

  it('should contain the typical slips of hand-drawn IST models', () => {
    const graph = (district: string) => graphOf(wohngeldIst().find((e) => e.organisationseinheit.endsWith(district))!.file);
    // an XOR split without question mark, and an unlabelled one
    expect(graph('Neukölln').nodes.some((n) => n.gatewayKind === 'exclusive' && n.outgoing.length > 1 && n.name && !n.name.endsWith('?'))).toBe(true);
    expect(graph('Mitte').nodes.some((n) => n.gatewayKind === 'exclusive' && n.outgoing.length > 1 && !n.name)).toBe(true);
    // a person as lane and abbreviations as lanes
    expect(graph('Mitte').lanes.map((l) => l.name)).toContain('Frau Schulz');
    expect(graph('Spandau').lanes.map((l) => l.name)).toEqual(['SB Wohngeld', 'GL']);
    // an activity without outgoing flow (missing end event) and a process without start event
    expect(graph('Mitte').nodes.some((n) => n.kind === 'task' && n.outgoing.length === 0)).toBe(true);
    expect(graph('Marzahn-Hellersdorf').nodes.some((n) => n.kind === 'startEvent')).toBe(false);
    // an implicit merge into a task
    expect(graph('Neukölln').nodes.some((n) => n.kind === 'task' && n.incoming.length > 1)).toBe(true);
  });
});
