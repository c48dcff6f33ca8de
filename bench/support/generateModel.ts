import { buildBpmnXml } from '../../src/bpmn/layout/buildBpmnXml';
import type { Medium } from '../../src/domain/model/gpmAttributes';
import type { ProcessSpec, SpecFlow, SpecNode } from '../../src/domain/model/processSpec';
import { random } from './random';

/**
 * Deterministic generated models for the editor, lint and storage benchmarks: exactly `n` flow
 * nodes in 4 lanes, German labels, XOR and AND blocks, a few rework loops and `gpm:` activity
 * attributes — shaped like a large real model, not like a random graph.
 */

const LANES = [
  { id: 'Lane_buergerbuero', name: 'Bürgerbüro' },
  { id: 'Lane_sachbearbeitung', name: 'Sachbearbeitung' },
  { id: 'Lane_teamleitung', name: 'Teamleitung' },
  { id: 'Lane_kasse', name: 'Kasse' }
];
const OBJECTS = [
  'Antrag', 'Unterlagen', 'Einkommensnachweis', 'Mietbescheinigung', 'Akte', 'Vorgang', 'Bescheid',
  'Zahlungsanordnung', 'Stellungnahme', 'Haushaltsangaben', 'Meldedaten', 'Vollmacht', 'Kontoverbindung',
  'Berechnung', 'Widerspruch', 'Nachweis', 'Aktenvermerk', 'Rückfrage', 'Fristablauf', 'Wiedervorlage'
];
const VERBS = [
  'prüfen', 'erfassen', 'anfordern', 'bewerten', 'weiterleiten', 'freigeben', 'ablegen', 'berechnen',
  'versenden', 'dokumentieren', 'abgleichen', 'anlegen', 'scannen', 'zuordnen', 'bestätigen', 'ergänzen'
];
const QUESTIONS = [
  'Antrag vollständig?', 'Anspruch dem Grunde nach?', 'Nachweise plausibel?', 'Einkommen ausreichend?',
  'Miete angemessen?', 'Rückfrage nötig?', 'Zuständigkeit gegeben?', 'Frist eingehalten?'
];
const SYSTEMS = ['WoGG-Fachverfahren', 'eAkte', 'Scan-Straße', 'E-Mail', 'SAP', 'Fachverfahren OPEN/PROSOZ'];
const MEDIA: Medium[] = ['digital', 'papier', 'hybrid'];

/** A generated process spec with exactly `n` flow nodes (n ≥ 3); the same (n, seed) gives the same spec. */
export function generateModelSpec(n: number, seed = 1): ProcessSpec {
  if (!Number.isInteger(n) || n < 3) throw new RangeError(`n must be an integer ≥ 3, got ${n}`);
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const nodes: SpecNode[] = [];
  const flows: SpecFlow[] = [];
  let lane = 1;
  const laneId = () => LANES[lane].id;
  const moveLane = () => {
    if (rnd() < 0.3) lane = Math.floor(rnd() * LANES.length);
  };
  const add = (node: Omit<SpecNode, 'laneId'>): string => {
    nodes.push({ ...node, laneId: laneId() });
    return node.id;
  };
  const connect = (sourceId: string, targetId: string, name?: string, probability?: number) =>
    flows.push({ id: `Flow_${flows.length + 1}`, sourceId, targetId, ...(name ? { name } : {}), ...(probability !== undefined ? { probability } : {}) });
  const task = (): string => {
    moveLane();
    const id = `Activity_${nodes.length + 1}`;
    return add({
      id,
      type: 'bpmn:Task',
      name: `${pick(OBJECTS)} ${pick(VERBS)}`,
      attributes: {
        rolle: LANES[lane].name,
        itSysteme: [pick(SYSTEMS)],
        medium: pick(MEDIA),
        bearbeitungszeit: 5 + Math.floor(rnd() * 56),
        liegezeit: Math.floor(rnd() * 2880)
      }
    });
  };
  const gateway = (type: 'bpmn:ExclusiveGateway' | 'bpmn:ParallelGateway', name = ''): string =>
    add({ id: `Gateway_${nodes.length + 1}`, type, name });
  /** A chain of `count` tasks after `from`; returns the last node. */
  const chain = (from: string, count: number): string => {
    let last = from;
    for (let i = 0; i < count; i++) {
      const t = task();
      connect(last, t);
      last = t;
    }
    return last;
  };

  let last = add({ id: 'StartEvent_1', type: 'bpmn:StartEvent', name: 'Antrag eingegangen' });
  let budget = n - 2; // start and end event
  while (budget > 0) {
    const r = rnd();
    if (r < 0.2 && budget >= 6) {
      // XOR block: split, 2 branches of 1–2 tasks, join
      const a = 1 + Math.floor(rnd() * 2);
      const b = budget >= 4 + a + 2 ? 1 + Math.floor(rnd() * 2) : 1;
      const split = gateway('bpmn:ExclusiveGateway', pick(QUESTIONS));
      connect(last, split);
      const p = 50 + Math.floor(rnd() * 40);
      const firstA = task();
      connect(split, firstA, 'ja', p);
      const lastA = chain(firstA, a - 1);
      const firstB = task();
      connect(split, firstB, 'nein', 100 - p);
      const lastB = chain(firstB, b - 1);
      const join = gateway('bpmn:ExclusiveGateway');
      connect(lastA, join);
      connect(lastB, join);
      last = join;
      budget -= 2 + a + b;
    } else if (r < 0.32 && budget >= 5) {
      // AND block: split, 2–3 single-task branches, join
      const k = budget >= 6 && rnd() < 0.5 ? 3 : 2;
      const split = gateway('bpmn:ParallelGateway');
      connect(last, split);
      const ends: string[] = [];
      for (let i = 0; i < k; i++) ends.push(chain(split, 1));
      const join = gateway('bpmn:ParallelGateway');
      for (const e of ends) connect(e, join);
      last = join;
      budget -= 2 + k;
    } else if (r < 0.4 && budget >= 5) {
      // rework loop: merge, check, decision (rework back to the merge, or go on)
      const merge = gateway('bpmn:ExclusiveGateway');
      connect(last, merge);
      const check = chain(merge, 1);
      const decision = gateway('bpmn:ExclusiveGateway', pick(QUESTIONS));
      connect(check, decision);
      const next = task();
      connect(decision, next, 'ja', 80);
      const rework = task();
      connect(decision, rework, 'nein', 20);
      connect(rework, merge);
      last = next;
      budget -= 5;
    } else {
      last = chain(last, 1);
      budget -= 1;
    }
  }
  const end = add({ id: 'EndEvent_1', type: 'bpmn:EndEvent', name: 'Vorgang abgeschlossen' });
  connect(last, end);

  return {
    id: `Process_generated_${n}_${seed}`,
    name: `Generiertes Modell mit ${n} Knoten`,
    participantName: 'Bezirksamt Mitte – Generiertes Modell',
    attributes: { modellart: 'IST', status: 'entwurf', version: '1.0', organisationseinheit: 'Bezirksamt Mitte' },
    lanes: LANES,
    nodes,
    flows
  };
}

/** The generated model of `generateModelSpec(n, seed)` as laid-out BPMN XML. */
export function generateModelXml(n: number, seed = 1): Promise<string> {
  return buildBpmnXml(generateModelSpec(n, seed));
}
