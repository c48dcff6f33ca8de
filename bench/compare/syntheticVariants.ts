import type { GraphFlow, GraphNode, ProcessGraph } from '../../src/domain/model/processGraph';
import type { CompareVariant } from '../../src/domain/compare/matching/matchTypes';
import { random } from '../support/random';

/**
 * Synthetic district variants with realistic German labels, for timing and for a quality check
 * with known truth: a base process of `activities` steps (object + action, e.g. "Antrag prüfen")
 * is perturbed per variant — rephrased (nominal style, compound, synonym verb), split into two,
 * merged with the next step, reordered, dropped, or extended by a local step — deterministically
 * from a seed. Every activity records the base step(s) it comes from.
 */
const OBJECTS = [
  'Antrag', 'Bescheid', 'Unterlagen', 'Gebühr', 'Akte', 'Nachweis', 'Termin', 'Stellungnahme', 'Vollmacht', 'Meldebescheinigung',
  'Einkommen', 'Miete', 'Vermögen', 'Ausweis', 'Zahlung', 'Widerspruch', 'Auskunft', 'Daten', 'Vorgang', 'Unterschrift',
  'Formular', 'Frist', 'Rechnung', 'Quittung', 'Genehmigung', 'Anhörung', 'Registerauszug', 'Führungszeugnis', 'Lichtbild', 'Wohnsitz'
];
/** Actions: infinitive, nominalisation, a synonym verb. */
const ACTIONS: Array<[string, string, string]> = [
  ['prüfen', 'Prüfung', 'kontrollieren'], ['erfassen', 'Erfassung', 'eingeben'], ['erstellen', 'Erstellung', 'anfertigen'],
  ['versenden', 'Versand', 'verschicken'], ['archivieren', 'Archivierung', 'ablegen'], ['anfordern', 'Anforderung', 'nachfordern'],
  ['berechnen', 'Berechnung', 'ermitteln'], ['genehmigen', 'Genehmigung', 'bewilligen'], ['weiterleiten', 'Weiterleitung', 'übermitteln'],
  ['scannen', 'Digitalisierung', 'digitalisieren'], ['bearbeiten', 'Bearbeitung', 'erledigen'], ['bestätigen', 'Bestätigung', 'quittieren'],
  ['registrieren', 'Registrierung', 'eintragen'], ['ablehnen', 'Ablehnung', 'zurückweisen'], ['informieren', 'Information', 'benachrichtigen']
];
const ROLES = ['Bürgeramt', 'Sachbearbeitung', 'Teamleitung', 'Poststelle', 'Kasse', 'Servicecenter'];

interface BaseStep {
  object: string;
  action: [string, string, string];
  role: string;
}

/** The base process: distinct object–action steps. */
export function baseProcess(activities: number, seed = 1): BaseStep[] {
  const rnd = random(seed);
  const steps: BaseStep[] = [];
  const used = new Set<string>();
  while (steps.length < activities) {
    const object = OBJECTS[Math.floor(rnd() * OBJECTS.length)];
    const action = ACTIONS[Math.floor(rnd() * ACTIONS.length)];
    const key = `${object}|${action[0]}`;
    if (used.has(key) && used.size < OBJECTS.length * ACTIONS.length) continue;
    used.add(key);
    steps.push({ object, action, role: ROLES[Math.floor(rnd() * ROLES.length)] });
  }
  return steps;
}

function phrase(step: BaseStep, style: number): string {
  const [verb, noun, synonym] = step.action;
  const article = /e$|ung$|keit$|schaft$|nis$|heit$/.test(step.object) ? 'der' : 'des';
  switch (style) {
    case 1:
      return `${noun} ${article} ${step.object}${article === 'des' ? (step.object.endsWith('s') ? '' : 's') : ''}`;
    case 2:
      return `${step.object}${/[aeiou]$/.test(step.object) ? '' : 's'}${noun.toLowerCase()}`;
    case 3:
      return `${step.object} ${synonym}`;
    default:
      return `${step.object} ${verb}`;
  }
}

/** One generated activity with the base steps it stands for. */
export interface SyntheticActivity {
  label: string;
  role: string;
  base: number[];
}

/** Generate `count` variants of a base process with `activities` steps. */
export function syntheticVariants(count: number, activities: number, seed = 7): { variants: CompareVariant[]; truth: Map<string, number[]> } {
  const base = baseProcess(activities, seed);
  const truth = new Map<string, number[]>();
  const variants: CompareVariant[] = [];
  for (let v = 0; v < count; v++) {
    const rnd = random(seed * 1000 + v);
    let acts: SyntheticActivity[] = [];
    base.forEach((step, i) => {
      const r = rnd();
      if (r < 0.08) return; // dropped
      if (r < 0.12) {
        acts.push({ label: `${step.object} vorbereiten`, role: step.role, base: [i] }, { label: phrase(step, 0), role: step.role, base: [i] });
        return;
      }
      acts.push({ label: phrase(step, Math.floor(rnd() * 4)), role: rnd() < 0.15 ? ROLES[Math.floor(rnd() * ROLES.length)] : step.role, base: [i] });
    });
    // merge a few neighbours ("A und B"), swap a few, add local steps
    const merged: SyntheticActivity[] = [];
    for (let i = 0; i < acts.length; i++) {
      if (i + 1 < acts.length && rnd() < 0.04) {
        merged.push({ label: `${acts[i].label} und ${acts[i + 1].label}`, role: acts[i].role, base: [...acts[i].base, ...acts[i + 1].base] });
        i++;
      } else merged.push(acts[i]);
    }
    acts = merged;
    for (let i = 0; i + 1 < acts.length; i++) if (rnd() < 0.05) [acts[i], acts[i + 1]] = [acts[i + 1], acts[i]];
    for (let i = 0; i < acts.length; i++) if (rnd() < 0.03) acts.splice(i + 1, 0, { label: `Sonderfall ${v}-${i} dokumentieren`, role: 'Teamleitung', base: [] });
    const id = `Bezirk_${v + 1}`;
    variants.push({ id, name: id, graph: toGraph(id, acts) });
    acts.forEach((a, i) => truth.set(`${id}::A${i + 1}`, a.base));
  }
  return { variants, truth };
}

function toGraph(name: string, acts: SyntheticActivity[]): ProcessGraph {
  const nodes: GraphNode[] = [];
  const flows: GraphFlow[] = [];
  const lanes = new Map<string, { id: string; name: string; processId: string; nodeIds: string[] }>();
  const chain: GraphNode[] = [{ id: 'Start', kind: 'startEvent', type: 'bpmn:StartEvent', name: '', processId: 'P', incoming: [], outgoing: [], x: 0, y: 0 }];
  acts.forEach((a, i) => {
    let lane = lanes.get(a.role);
    if (!lane) lanes.set(a.role, (lane = { id: `Lane_${lanes.size + 1}`, name: a.role, processId: 'P', nodeIds: [] }));
    const id = `A${i + 1}`;
    lane.nodeIds.push(id);
    chain.push({ id, kind: 'task', type: 'bpmn:UserTask', name: a.label, processId: 'P', laneId: lane.id, incoming: [], outgoing: [], x: 150 * (i + 1), y: 0 });
  });
  chain.push({ id: 'End', kind: 'endEvent', type: 'bpmn:EndEvent', name: '', processId: 'P', incoming: [], outgoing: [], x: 150 * (acts.length + 1), y: 0 });
  for (let i = 1; i < chain.length; i++) {
    const f: GraphFlow = { id: `F${i}`, kind: 'sequence', sourceId: chain[i - 1].id, targetId: chain[i].id, name: '' };
    flows.push(f);
    chain[i - 1].outgoing.push(f.id);
    chain[i].incoming.push(f.id);
  }
  nodes.push(...chain);
  return {
    id: name, name, processes: [{ id: 'P', name, attributes: {} }], participants: [], lanes: [...lanes.values()], nodes, flows,
    attributes: {}, elementCount: nodes.length + flows.length, hasDiagram: true
  };
}
