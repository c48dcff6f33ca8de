import { makeStep, sortSteps } from '../matching/buildSteps';
import { memberKey, type MatchResult, type MemberKey, type Step, type StepMember } from '../matching/matchTypes';
import { MESSAGES } from '../messages';
import { describeDecision } from './describeDecision';
import type { StepDecision } from './stepDecision';

/** How a decision fared on the current matching. */
export interface AppliedDecision {
  decision: StepDecision;
  /** `applied`: all named activities exist; `partial`: some were gone; `stale`: none (or too few) exist. */
  status: 'applied' | 'partial' | 'stale';
}

/** A matching with the consultants' decisions applied. */
export interface DecidedResult {
  result: MatchResult;
  applied: AppliedDecision[];
}

interface Group {
  members: StepMember[];
  name?: string;
}

/**
 * Apply decisions on top of a (re-)matching, oldest first:
 * 1. index every member by its key;
 * 2. per decision, keep only the activities that still exist (a model may have changed) and
 *    move members between groups as the decision says; confirmed members get confidence 1;
 * 3. rebuild the steps (names, support, positions) and record each decision's status; decisions
 *    about vanished activities are reported in the notes, never thrown.
 */
export function applyDecisions(result: MatchResult, decisions: readonly StepDecision[]): DecidedResult {
  // 1. groups and index
  const groups: Group[] = result.steps.map((s) => ({ members: s.members.map((m) => ({ ...m })), name: s.renamed ? s.name : undefined }));
  const where = new Map<MemberKey, number>();
  groups.forEach((g, i) => g.members.forEach((m) => where.set(memberKey(m), i)));
  const take = (key: MemberKey): StepMember | undefined => {
    const gi = where.get(key);
    if (gi === undefined) return undefined;
    const g = groups[gi];
    const at = g.members.findIndex((m) => memberKey(m) === key);
    const [m] = g.members.splice(at, 1);
    where.delete(key);
    return m;
  };
  const put = (gi: number, m: StepMember) => {
    groups[gi].members.push(m);
    where.set(memberKey(m), gi);
  };
  const newGroup = (members: StepMember[]) => {
    groups.push({ members: [] });
    members.forEach((m) => put(groups.length - 1, m));
    return groups.length - 1;
  };
  const confirm = (m: StepMember) => Object.assign(m, { confirmed: true, confidence: 1 });
  const mostCommonGroup = (keys: MemberKey[]) => {
    const counts = new Map<number, number>();
    for (const k of keys) counts.set(where.get(k)!, (counts.get(where.get(k)!) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || keys.findIndex((k) => where.get(k) === a[0]) - keys.findIndex((k) => where.get(k) === b[0]))[0][0];
  };

  // 2. decisions in order
  const ordered = [...decisions].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  const applied: AppliedDecision[] = [];
  const notes = [...result.notes];
  for (const d of ordered) {
    const named = d.kind === 'split' ? d.parts.flat() : d.members;
    const present = named.filter((k) => where.has(k));
    const needed = d.kind === 'rename' ? 1 : d.kind === 'split' ? 1 : d.kind === 'confirm' ? 1 : 2;
    if (present.length < needed) {
      applied.push({ decision: d, status: 'stale' });
      notes.push(MESSAGES.decisionStale(describeDecision(d)));
      continue;
    }
    switch (d.kind) {
      case 'confirm':
      case 'merge': {
        const target = mostCommonGroup(present);
        if (d.kind === 'merge') {
          // whole steps join: every member of every group named
          for (const gi of new Set(present.map((k) => where.get(k)!))) {
            if (gi === target) continue;
            for (const m of [...groups[gi].members]) put(target, take(memberKey(m))!);
          }
        } else {
          for (const k of present) if (where.get(k) !== target) put(target, take(k)!);
        }
        for (const k of present) confirm(groups[target].members.find((m) => memberKey(m) === k)!);
        break;
      }
      case 'reject': {
        const [keep, ...others] = present;
        const gi = where.get(keep)!;
        for (const k of others) if (where.get(k) === gi) newGroup([take(k)!]);
        break;
      }
      case 'split': {
        d.parts.forEach((part, p) => {
          const keys = part.filter((k) => where.has(k));
          if (p === 0 || keys.length === 0) return keys.forEach((k) => confirm(groups[where.get(k)!].members.find((m) => memberKey(m) === k)!));
          newGroup(keys.map((k) => confirm(take(k)!)));
        });
        break;
      }
      case 'rename':
        groups[mostCommonGroup(present)].name = d.name;
        break;
    }
    applied.push({ decision: d, status: present.length === named.length ? 'applied' : 'partial' });
    if (present.length < named.length) notes.push(MESSAGES.decisionStale(describeDecision(d)));
  }

  // 3. rebuild steps
  const positionOf = new Map<string, number>();
  for (const v of result.variants) v.activityOrder.forEach((id, i) => positionOf.set(`${v.id}::${id}`, v.activityOrder.length > 1 ? i / (v.activityOrder.length - 1) : 0.5));
  // a message event stands for a step only beside an activity (see `matching/matchable.ts`)
  const steps: Step[] = groups
    .filter((g) => g.members.some((m) => !m.event))
    .map((g) => {
      const step = makeStep(g.members, g.members.map((m) => positionOf.get(memberKey(m)) ?? 0.5), result, g.name);
      return g.name ? { ...step, renamed: true } : step;
    });
  return { result: { ...result, steps: sortSteps(steps), notes }, applied };
}
