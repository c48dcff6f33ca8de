import type { GraphFlow, GraphNode, ProcessGraph } from '../../model/processGraph';

/**
 * Two revisions of one variant, element by element (ids are stable within a variant, as in
 * bpmn-js-differ): `added`, `removed`, `changed` (name, type, lane, attributes, flow ends …, with
 * German reasons) and `moved` (only the diagram position changed by more than `tolerance` px).
 * Covers flow nodes, flows, lanes and pools.
 */
export type RevisionChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** One changed element between two revisions. */
export interface RevisionChange {
  id: string;
  kind: RevisionChangeKind;
  /** `node`, `flow`, `lane` or `participant`. */
  elementKind: 'node' | 'flow' | 'lane' | 'participant';
  /** BPMN type for nodes (`bpmn:UserTask`), flow kind for flows. */
  type: string;
  name: string;
  /** German descriptions of what changed. */
  changes: string[];
}

/** All changes between two revisions with counts per kind. */
export interface RevisionDiff {
  changes: RevisionChange[];
  counts: Record<RevisionChangeKind, number>;
}

/** Compare two revisions of a model. */
export function diffRevisions(before: ProcessGraph, after: ProcessGraph, tolerance = 2): RevisionDiff {
  const changes: RevisionChange[] = [];
  const laneName = (g: ProcessGraph, id?: string) => (id ? g.lanes.find((l) => l.id === id)?.name || id : '–');
  // 1. flow nodes
  diffById(before.nodes, after.nodes, changes, 'node', (n) => n.type, (a, b) => {
    const c: string[] = [];
    if (a.name !== b.name) c.push(`Beschriftung „${a.name}“ → „${b.name}“`);
    if (a.type !== b.type) c.push(`Typ ${short(a.type)} → ${short(b.type)}`);
    if (a.laneId !== b.laneId) c.push(`Lane „${laneName(before, a.laneId)}“ → „${laneName(after, b.laneId)}“`);
    if (JSON.stringify(a.eventDefinitions ?? []) !== JSON.stringify(b.eventDefinitions ?? [])) c.push('Ereignisart geändert');
    if (a.attachedToId !== b.attachedToId) c.push('an andere Aktivität angeheftet');
    for (const key of new Set([...Object.keys(a.attributes ?? {}), ...Object.keys(b.attributes ?? {})])) {
      const va = JSON.stringify((a.attributes as Record<string, unknown> | undefined)?.[key]);
      const vb = JSON.stringify((b.attributes as Record<string, unknown> | undefined)?.[key]);
      if (va !== vb) c.push(`Attribut ${key}: ${va ?? '–'} → ${vb ?? '–'}`);
    }
    return c;
  }, (a: GraphNode, b: GraphNode) => moved(a, b, tolerance));
  // 2. flows
  diffById(before.flows, after.flows, changes, 'flow', (f) => (f.kind === 'sequence' ? 'bpmn:SequenceFlow' : 'bpmn:MessageFlow'), (a: GraphFlow, b: GraphFlow) => {
    const c: string[] = [];
    if (a.sourceId !== b.sourceId) c.push(`Quelle ${a.sourceId} → ${b.sourceId}`);
    if (a.targetId !== b.targetId) c.push(`Ziel ${a.targetId} → ${b.targetId}`);
    if (a.name !== b.name) c.push(`Beschriftung „${a.name}“ → „${b.name}“`);
    if (a.probability !== b.probability) c.push(`Wahrscheinlichkeit ${a.probability ?? '–'} → ${b.probability ?? '–'}`);
    if (!!a.hasCondition !== !!b.hasCondition || !!a.isDefault !== !!b.isDefault) c.push('Bedingung geändert');
    return c;
  });
  // 3. lanes and pools
  diffById(before.lanes, after.lanes, changes, 'lane', () => 'bpmn:Lane', (a, b) => (a.name !== b.name ? [`Name „${a.name}“ → „${b.name}“`] : []));
  diffById(before.participants, after.participants, changes, 'participant', () => 'bpmn:Participant', (a, b) => (a.name !== b.name ? [`Name „${a.name}“ → „${b.name}“`] : []));
  const counts: Record<RevisionChangeKind, number> = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const c of changes) counts[c.kind]++;
  return { changes, counts };
}

function diffById<T extends { id: string; name: string }>(
  before: T[],
  after: T[],
  out: RevisionChange[],
  elementKind: RevisionChange['elementKind'],
  typeOf: (x: T) => string,
  compare: (a: T, b: T) => string[],
  geometry?: (a: T, b: T) => string | undefined
): void {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  for (const a of before) {
    const b = now.get(a.id);
    if (!b) {
      out.push({ id: a.id, kind: 'removed', elementKind, type: typeOf(a), name: a.name, changes: [] });
      continue;
    }
    const c = compare(a, b);
    const move = geometry?.(a, b);
    if (c.length) out.push({ id: a.id, kind: 'changed', elementKind, type: typeOf(b), name: b.name, changes: move ? [...c, move] : c });
    else if (move) out.push({ id: a.id, kind: 'moved', elementKind, type: typeOf(b), name: b.name, changes: [move] });
  }
  for (const b of after) if (!old.has(b.id)) out.push({ id: b.id, kind: 'added', elementKind, type: typeOf(b), name: b.name, changes: [] });
}

function moved(a: GraphNode, b: GraphNode, tolerance: number): string | undefined {
  if (a.x === undefined || b.x === undefined || a.y === undefined || b.y === undefined) return undefined;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return Math.abs(dx) > tolerance || Math.abs(dy) > tolerance ? `verschoben um (${Math.round(dx)}, ${Math.round(dy)}) px` : undefined;
}

function short(type: string): string {
  return type.replace(/^bpmn:/, '');
}
