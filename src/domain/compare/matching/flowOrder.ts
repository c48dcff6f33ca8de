import { isActivity, type GraphNode, type ProcessGraph } from '../../model/processGraph';

/**
 * Order and neighbourhood of the activities of one model, from its flows:
 * 1. roots are nodes without incoming sequence or message flows (start events, first tasks);
 * 2. a breadth-first search over sequence and message flows (message flows order the pools of a
 *    collaboration) assigns each node its level; unreached nodes come after, by x position; the
 *    content of an expanded sub-process is ordered the same way and placed between the
 *    sub-process and the next level;
 * 3. activities are ordered by (level, x, y, id) and get a relative position in [0, 1];
 * 4. neighbours are the nearest activities before and after, looking through gateways and events.
 */
export interface FlowOrder {
  /** Activity ids in order. */
  order: string[];
  /** Relative position of each activity id in [0, 1]. */
  position: Map<string, number>;
  predecessors: Map<string, string[]>;
  successors: Map<string, string[]>;
}

const MAX_HOPS = 6;

/**
 * Compute the flow order of a model's activities (or of the nodes `include` accepts: matching
 * orders activities and message events alike).
 */
export function flowOrder(graph: ProcessGraph, include: (node: GraphNode) => boolean = isActivity): FlowOrder {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, string[]>();
  const inc = new Map<string, string[]>();
  const seqOut = new Map<string, string[]>();
  const seqIn = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const f of graph.flows) {
    if (!byId.has(f.sourceId) || !byId.has(f.targetId)) continue;
    push(out, f.sourceId, f.targetId);
    push(inc, f.targetId, f.sourceId);
    if (f.kind === 'sequence') {
      push(seqOut, f.sourceId, f.targetId);
      push(seqIn, f.targetId, f.sourceId);
    }
  }
  // boundary events continue the flow of the activity they are attached to
  for (const n of graph.nodes) {
    if (n.kind === 'boundaryEvent' && n.attachedToId && byId.has(n.attachedToId)) {
      push(out, n.attachedToId, n.id);
      push(inc, n.id, n.attachedToId);
      push(seqOut, n.attachedToId, n.id);
      push(seqIn, n.id, n.attachedToId);
    }
  }
  // 1. + 2. levels per container (the process, then each expanded sub-process, whose content
  //    gets fractional levels between the sub-process and its successor)
  const containerOf = (n: GraphNode) => n.parentSubProcessId ?? '';
  const level = new Map<string, number>();
  const levelContainer = (container: string, base: number, span: number) => {
    const members = graph.nodes.filter((n) => containerOf(n) === container).sort(byPosition);
    if (members.length === 0) return;
    const inside = new Set(members.map((n) => n.id));
    const local = new Map<string, number>();
    let queue = members.filter((n) => !(inc.get(n.id) ?? []).some((x) => inside.has(x))).map((n) => n.id);
    if (queue.length === 0) queue = [members[0].id];
    for (const id of queue) local.set(id, 0);
    for (let head = 0; head < queue.length; head++) {
      const next = local.get(queue[head])! + 1;
      for (const t of out.get(queue[head]) ?? []) {
        if (inside.has(t) && !local.has(t)) {
          local.set(t, next);
          queue.push(t);
        }
      }
    }
    let max = 0;
    for (const v of local.values()) max = Math.max(max, v);
    for (const n of members) if (!local.has(n.id)) local.set(n.id, ++max);
    for (const [id, l] of local) level.set(id, base + (span * (l + 1)) / (max + 2));
    for (const n of members) if (n.kind === 'subProcess') levelContainer(n.id, level.get(n.id)!, span / (max + 2));
  };
  levelContainer('', 0, 1_000_000);
  // 3. activity order and positions
  const activities = graph.nodes.filter(include);
  activities.sort((a, b) => (level.get(a.id)! - level.get(b.id)!) || byPosition(a, b));
  const order = activities.map((a) => a.id);
  const position = new Map<string, number>();
  order.forEach((id, i) => position.set(id, order.length > 1 ? i / (order.length - 1) : 0.5));
  // 4. nearest activities before and after
  const isAct = (id: string) => {
    const n = byId.get(id);
    return n !== undefined && include(n);
  };
  const nearest = (start: string, edges: Map<string, string[]>) => {
    const found: string[] = [];
    const seen = new Set<string>([start]);
    let frontier = edges.get(start) ?? [];
    for (let hop = 0; hop < MAX_HOPS && frontier.length; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        if (seen.has(id)) continue;
        seen.add(id);
        if (isAct(id)) found.push(id);
        else next.push(...(edges.get(id) ?? []));
      }
      frontier = next;
    }
    return found;
  };
  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>();
  for (const id of order) {
    predecessors.set(id, nearest(id, seqIn));
    successors.set(id, nearest(id, seqOut));
  }
  return { order, position, predecessors, successors };
}

function byPosition(a: GraphNode, b: GraphNode): number {
  return (a.x ?? 0) - (b.x ?? 0) || (a.y ?? 0) - (b.y ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
