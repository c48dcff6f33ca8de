import { describe, expect, it } from 'vitest';
import { matchVariants } from '../../../../src/domain/compare/matching/matchVariants';
import { proposeSoll } from '../../../../src/domain/compare/soll/proposeSoll';
import { variant } from './graphFixture';

const vs = [
  variant('Mitte', [{ label: 'Antrag erfassen', role: 'Servicecenter' }, { label: 'Antrag prüfen', role: 'Sachbearbeitung', it: ['OK.X'] }, { label: 'Bescheid erstellen', role: 'Sachbearbeitung' }]),
  variant('Pankow', [{ label: 'Antrag erfassen', role: 'Servicecenter' }, { label: 'Prüfung des Antrags', role: 'Sachbearbeitung', it: ['OK.X'] }, { label: 'Akte anlegen', role: 'Registratur' }, { label: 'Bescheid erstellen', role: 'Sachbearbeitung' }]),
  variant('Spandau', [{ label: 'Antragsprüfung', role: 'Fachbereich' }, { label: 'Antrag erfassen', role: 'Servicecenter' }, { label: 'Bescheid erstellen', role: 'Sachbearbeitung' }])
];

describe('proposeSoll', () => {
  it('given three districts, when proposing with a majority, then the SOLL should hold the shared steps in consensus order', () => {
    const p = proposeSoll(matchVariants(vs), vs, { minSupport: 2 });
    const tasks = p.spec.nodes.filter((n) => n.type !== 'bpmn:StartEvent' && n.type !== 'bpmn:EndEvent');
    expect(tasks.map((n) => n.name)).toEqual(['Antrag erfassen', 'Antrag prüfen', 'Bescheid erstellen']);
    expect(p.spec.nodes[0].type).toBe('bpmn:StartEvent');
    expect(p.spec.nodes[p.spec.nodes.length - 1].type).toBe('bpmn:EndEvent');
    expect(p.spec.flows).toHaveLength(4);
    expect(p.spec.flows.map((f) => `${f.sourceId}>${f.targetId}`)[0]).toBe(`StartEvent_Soll>${tasks[0].id}`);
    expect(p.spec.attributes?.modellart).toBe('SOLL');
  });

  it('given roles, when proposing, then lanes should come from the majority roles and tasks carry their attributes', () => {
    const p = proposeSoll(matchVariants(vs), vs, { minSupport: 2 });
    expect(p.spec.lanes.map((l) => l.name)).toEqual(['Servicecenter', 'Sachbearbeitung']);
    const check = p.spec.nodes.find((n) => n.name === 'Antrag prüfen')!;
    expect(check.attributes).toMatchObject({ rolle: 'Sachbearbeitung', itSysteme: ['OK.X'] });
    expect(check.laneId).toBe(p.spec.lanes[1].id);
  });

  it('given a support threshold, when proposing, then every step should remember its supporting variants', () => {
    const all = proposeSoll(matchVariants(vs), vs, { minSupport: 1 });
    expect(all.support.map((s) => s.name)).toContain('Akte anlegen');
    const akte = all.support.find((s) => s.name === 'Akte anlegen')!;
    expect(akte.variantNames).toEqual(['Pankow']);
    expect(all.spec.nodes.find((n) => n.id === akte.nodeId)!.documentation).toBe('Unterstützt von 1 von 3 Varianten: Pankow.');
    const strict = proposeSoll(matchVariants(vs), vs, { minSupport: 3 });
    expect(strict.support.every((s) => s.variantIds.length === 3)).toBe(true);
  });

  it('given variants without activities, when proposing, then the result should still be a valid start-to-end process', () => {
    const empty = [variant('A', []), variant('B', [])];
    const p = proposeSoll(matchVariants(empty), empty);
    expect(p.spec.nodes.map((n) => n.type)).toEqual(['bpmn:StartEvent', 'bpmn:EndEvent']);
    expect(p.spec.lanes).toHaveLength(1);
    expect(p.spec.flows).toEqual([{ id: 'Flow_Soll_1', sourceId: 'StartEvent_Soll', targetId: 'EndEvent_Soll' }]);
  });
});

describe('proposeSoll Steckbrief', () => {
  it('given the districts\' Steckbriefe, when proposing, then the SOLL should carry their key, legal bases and summed case numbers', () => {
    const withInfo = vs.map((v, i) => ({
      ...v,
      graph: {
        ...v.graph,
        attributes: {
          prozessschluessel: '99107001012000',
          politikfeld: 'Wohnen',
          prozessverantwortlich: i === 2 ? 'Amtsleitung' : 'Fachbereichsleitung Wohnen',
          rechtsgrundlagen: i === 0 ? ['§ 24 WoGG', '§ 22 WoGG'] : ['§ 24 WoGG'],
          fallzahlProJahr: 1000 * (i + 1)
        }
      }
    }));
    const p = proposeSoll(matchVariants(withInfo), withInfo, { minSupport: 2 });
    expect(p.spec.attributes).toMatchObject({
      modellart: 'SOLL',
      status: 'entwurf',
      version: '0.1',
      prozessschluessel: '99107001012000',
      politikfeld: 'Wohnen',
      prozessverantwortlich: 'Fachbereichsleitung Wohnen',
      rechtsgrundlagen: ['§ 24 WoGG', '§ 22 WoGG'],
      fallzahlProJahr: 6000
    });
  });

  it('given districts that start and end alike, when proposing, then the SOLL\'s events should be named like theirs', () => {
    const p = proposeSoll(matchVariants(vs), vs, { minSupport: 2 });
    const start = vs[0].graph.nodes.find((n) => n.kind === 'startEvent')?.name;
    expect(p.spec.nodes[0].name).toBe(start || 'Prozess gestartet');
  });
});
