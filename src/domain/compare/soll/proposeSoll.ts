import type { ActivityAttributes, Medium, ProcessAttributes } from '../../model/gpmAttributes';
import type { ProcessSpec, SpecLane, SpecNode, SpecNodeType } from '../../model/processSpec';
import type { CompareVariant, MatchResult, Step } from '../matching/matchTypes';
import { normalizeLabel } from '../text/normalizeText';
import { indexSteps } from '../views/stepIndex';

/**
 * The SOLL proposal: the steps that at least `minSupport` of the voting variants (the IST
 * variants; all variants when there is no IST) perform as an activity (a message event standing
 * for a step does not count), as a simple valid process:
 * 1. keep steps with enough support;
 * 2. consensus order by precedence voting (Copeland): step x before y when more variants run x
 *    before y than the other way round; ties by median position, then name;
 * 3. each step's role, IT systems, medium and task type by majority of its members; lanes are
 *    the majority roles in order of first use ("Bearbeitung" for steps without a role);
 * 4. start event → steps → end event, named like most variants name theirs; every task documents
 *    which variants support it, and the same is returned as `support`;
 * 5. the Steckbrief from the voting variants: key, policy field, owner, trigger and result by
 *    majority, every legal basis any of them cites (most cited first), the case numbers summed
 *    (the SOLL serves all of them), version 0.1.
 */
export interface SollProposalOptions {
  /** Minimum number of voting variants that must have a step (default: a majority). */
  minSupport?: number;
  /** Process name (default "SOLL-Vorschlag"). */
  name?: string;
}

/** Which variants support one task of the proposal. */
export interface SollSupport {
  nodeId: string;
  stepId: string;
  name: string;
  variantIds: string[];
  variantNames: string[];
  /** Supporting / voting variants. */
  share: number;
}

/** The proposal: a `ProcessSpec` for `src/bpmn/layout/` plus the support of every task. */
export interface SollProposal {
  spec: ProcessSpec;
  support: SollSupport[];
  /** Number of voting variants and the support threshold used. */
  votingCount: number;
  minSupport: number;
}

const ACTIVITY_TYPES = new Set<SpecNodeType>(['bpmn:Task', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:ManualTask', 'bpmn:SendTask', 'bpmn:ReceiveTask', 'bpmn:BusinessRuleTask', 'bpmn:ScriptTask']);
const DEFAULT_LANE = 'Bearbeitung';

/** Build a SOLL proposal from a matching. */
export function proposeSoll(result: MatchResult, variants: readonly CompareVariant[], options: SollProposalOptions = {}): SollProposal {
  const ist = result.variants.filter((v) => v.modellart === 'IST');
  const voting = (ist.length ? ist : result.variants).map((v) => v.id);
  const votingSet = new Set(voting);
  const minSupport = Math.max(1, Math.min(voting.length, options.minSupport ?? Math.floor(voting.length / 2) + 1));
  const index = indexSteps(result);
  // a variant performs a step when it does it as an activity: a message event that stands for the
  // step (see `matching/matchable.ts`) is a trigger or a notice, no work for the SOLL
  const performers = (s: Step) => s.members.filter((m) => votingSet.has(m.variantId) && !m.event);
  const supportOf = (s: Step) => [...new Set(performers(s).map((m) => m.variantId))];
  // 1. steps with enough support
  const chosen = result.steps.filter((s) => supportOf(s).length >= minSupport);
  // 2. Copeland ordering
  const wins = new Map<string, number>(chosen.map((s) => [s.id, 0]));
  for (let x = 0; x < chosen.length; x++) {
    for (let y = x + 1; y < chosen.length; y++) {
      let xy = 0;
      let yx = 0;
      for (const v of voting) {
        const rx = index.rankIn(v, chosen[x].id);
        const ry = index.rankIn(v, chosen[y].id);
        if (rx === undefined || ry === undefined) continue;
        if (rx < ry) xy++;
        else if (ry < rx) yx++;
      }
      if (xy > yx) wins.set(chosen[x].id, wins.get(chosen[x].id)! + 1);
      else if (yx > xy) wins.set(chosen[y].id, wins.get(chosen[y].id)! + 1);
      else (wins.set(chosen[x].id, wins.get(chosen[x].id)! + 0.5), wins.set(chosen[y].id, wins.get(chosen[y].id)! + 0.5));
    }
  }
  const ordered = [...chosen].sort((a, b) => wins.get(b.id)! - wins.get(a.id)! || a.position - b.position || a.name.localeCompare(b.name, 'de'));
  // 3. attributes by majority, lanes from roles
  const nodeOf = (vid: string, id: string) => variants.find((v) => v.id === vid)?.graph.nodes.find((n) => n.id === id);
  const lanes: SpecLane[] = [];
  const laneIdOf = new Map<string, string>();
  const nodes: SpecNode[] = [];
  const support: SollSupport[] = [];
  const names = new Map(result.variants.map((v) => [v.id, v.name]));
  ordered.forEach((step, i) => {
    const members = performers(step);
    const graphNodes = members.map((m) => nodeOf(m.variantId, m.elementId));
    const role = majority(members.map((m) => m.role).filter((r): r is string => !!r), normalizeLabel);
    const laneName = role ?? DEFAULT_LANE;
    const laneKey = normalizeLabel(laneName);
    if (!laneIdOf.has(laneKey)) {
      laneIdOf.set(laneKey, `Lane_Soll_${lanes.length + 1}`);
      lanes.push({ id: laneIdOf.get(laneKey)!, name: laneName });
    }
    const type = majority(graphNodes.map((n) => n?.type).filter((t): t is string => !!t && ACTIVITY_TYPES.has(t as SpecNodeType)), (t) => t) as SpecNodeType | undefined;
    const it = majority(graphNodes.map((n) => (n?.attributes?.itSysteme ?? []).join('|')).filter(Boolean), (x) => x);
    const medium = majority(graphNodes.map((n) => n?.attributes?.medium).filter((x): x is Medium => !!x), (x) => x) as Medium | undefined;
    const legal = majority(graphNodes.map((n) => n?.attributes?.rechtsgrundlage).filter((x): x is string => !!x), (x) => x.replace(/\s+/g, ' ').trim().toLowerCase());
    const times = graphNodes.map((n) => n?.attributes?.bearbeitungszeit).filter((x): x is number => typeof x === 'number');
    const attributes: ActivityAttributes = {};
    if (role) attributes.rolle = role;
    if (it) attributes.itSysteme = it.split('|');
    if (medium) attributes.medium = medium;
    if (legal) attributes.rechtsgrundlage = legal;
    if (times.length) attributes.bearbeitungszeit = median(times);
    const supporters = supportOf(step);
    const nodeId = `Activity_Soll_${i + 1}`;
    nodes.push({
      id: nodeId,
      type: type ?? 'bpmn:Task',
      name: step.name,
      laneId: laneIdOf.get(laneKey),
      ...(Object.keys(attributes).length ? { attributes } : {}),
      documentation: `Unterstützt von ${supporters.length} von ${voting.length} Varianten: ${supporters.map((v) => names.get(v) ?? v).join(', ')}.`
    });
    support.push({ nodeId, stepId: step.id, name: step.name, variantIds: supporters, variantNames: supporters.map((v) => names.get(v) ?? v), share: Math.round((supporters.length / voting.length) * 1000) / 1000 });
  });
  if (lanes.length === 0) lanes.push({ id: 'Lane_Soll_1', name: DEFAULT_LANE });
  // 4. start → steps → end
  const first = lanes[0].id;
  const votingGraphs = variants.filter((v) => votingSet.has(v.id)).map((v) => v.graph);
  const eventName = (kind: 'startEvent' | 'endEvent', fallback: string) =>
    majority(votingGraphs.flatMap((g) => g.nodes.filter((n) => n.kind === kind && !n.parentSubProcessId && n.name).map((n) => n.name)), normalizeLabel) ?? fallback;
  const start: SpecNode = { id: 'StartEvent_Soll', type: 'bpmn:StartEvent', name: eventName('startEvent', 'Prozess gestartet'), laneId: nodes[0]?.laneId ?? first };
  const end: SpecNode = { id: 'EndEvent_Soll', type: 'bpmn:EndEvent', name: eventName('endEvent', 'Prozess beendet'), laneId: nodes[nodes.length - 1]?.laneId ?? first };
  const chain = [start, ...nodes, end];
  const flows = chain.slice(1).map((n, i) => ({ id: `Flow_Soll_${i + 1}`, sourceId: chain[i].id, targetId: n.id }));
  const spec: ProcessSpec = {
    id: 'Process_Soll',
    name: options.name ?? 'SOLL-Vorschlag',
    attributes: steckbriefOf(votingGraphs.map((g) => g.attributes)),
    documentation: `Automatisch erzeugter SOLL-Vorschlag: Schritte, die mindestens ${minSupport} von ${voting.length} Varianten ausführen, in Konsens-Reihenfolge.`,
    lanes,
    nodes: chain,
    flows
  };
  return { spec, support, votingCount: voting.length, minSupport };
}

/** 5. The proposal's Steckbrief from the voting variants' Steckbriefe. */
function steckbriefOf(all: ProcessAttributes[]): ProcessAttributes {
  const pick = (key: 'prozessschluessel' | 'politikfeld' | 'prozessverantwortlich' | 'prozessmanager' | 'ausloeser' | 'ergebnis') =>
    majority(all.map((a) => a[key]).filter((x): x is string => !!x), normalizeLabel);
  const cited = new Map<string, { text: string; count: number; first: number }>();
  all.flatMap((a) => a.rechtsgrundlagen ?? []).forEach((text, i) => {
    const k = text.replace(/\s+/g, ' ').trim().toLowerCase(); // citations differ by their numbers: no label folding
    const c = cited.get(k);
    if (c) c.count++;
    else cited.set(k, { text, count: 1, first: i });
  });
  const cases = all.map((a) => a.fallzahlProJahr).filter((x): x is number => typeof x === 'number');
  const out: ProcessAttributes = { modellart: 'SOLL', status: 'entwurf', version: '0.1' };
  for (const key of ['prozessschluessel', 'politikfeld', 'prozessverantwortlich', 'prozessmanager', 'ausloeser', 'ergebnis'] as const) {
    const value = pick(key);
    if (value) out[key] = value;
  }
  const legal = [...cited.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((c) => c.text);
  if (legal.length) out.rechtsgrundlagen = legal;
  if (cases.length) out.fallzahlProJahr = cases.reduce((a, b) => a + b, 0);
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function majority<T>(values: T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; count: number; first: number }>();
  values.forEach((v, i) => {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.count++;
    else counts.set(k, { value: v, count: 1, first: i });
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0]?.value;
}
