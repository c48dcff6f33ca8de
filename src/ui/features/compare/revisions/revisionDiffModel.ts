import type { DiffMarkerKind } from '../../../../bpmn/modules/diff-markers/diffMarkerKinds';
import type { RevisionChange, RevisionChangeKind, RevisionDiff } from '../../../../domain/compare/views/diffRevisions';

/**
 * Markers for two revisions of one variant: removed elements on the older diagram; added,
 * changed and moved-only elements on the newer one (changed ones also on the older, so both
 * sides show where). Pure.
 */
export function revisionMarkers(diff: RevisionDiff): { before: Map<string, DiffMarkerKind[]>; after: Map<string, DiffMarkerKind[]> } {
  const before = new Map<string, DiffMarkerKind[]>();
  const after = new Map<string, DiffMarkerKind[]>();
  for (const c of diff.changes) {
    if (c.kind === 'removed') before.set(c.id, ['removed']);
    else if (c.kind === 'added') after.set(c.id, ['added']);
    else {
      after.set(c.id, [c.kind]);
      if (c.kind === 'changed') before.set(c.id, ['changed']);
    }
  }
  return { before, after };
}

/** Changes by kind, nodes before flows, lanes and pools. */
export function groupChanges(diff: RevisionDiff): Record<RevisionChangeKind, RevisionChange[]> {
  const order = { node: 0, lane: 1, participant: 2, flow: 3 } as const;
  const groups: Record<RevisionChangeKind, RevisionChange[]> = { added: [], removed: [], changed: [], moved: [] };
  for (const c of diff.changes) groups[c.kind].push(c);
  for (const list of Object.values(groups)) list.sort((a, b) => order[a.elementKind] - order[b.elementKind] || a.name.localeCompare(b.name, 'de'));
  return groups;
}

/** Default pair of revisions: the newest against the one before; with a working copy, the working copy against the newest. */
export function defaultRevisionPair(revisionIds: readonly string[], workingCopyId?: string): { before?: string; after?: string } {
  if (workingCopyId) return { before: revisionIds[0], after: revisionIds[0] ? workingCopyId : undefined };
  return { before: revisionIds[1], after: revisionIds[0] };
}
