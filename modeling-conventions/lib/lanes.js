'use strict';

/**
 * Lane membership of the flow nodes of one process.
 *
 * bpmn-js lists a node in `flowNodeRef` of its lane and of every enclosing parent lane, other
 * tools only in the innermost lane. Membership is therefore the set of *deepest* lanes that
 * reference a node: a lane is dropped when one of its descendants references the node too.
 */

/** All lanes of a process, depth first, each with its parent lane and depth (1 = top level). */
function allLanes(process) {
  const out = [];
  const visit = (laneSet, parent, depth) => {
    for (const lane of (laneSet && laneSet.lanes) || []) {
      if (!lane) continue;
      out.push({ lane, parent, depth });
      visit(lane.childLaneSet, lane, depth + 1);
    }
  };
  for (const laneSet of (process && process.laneSets) || []) visit(laneSet, undefined, 1);
  return out;
}

/** Map flow node → deepest lanes referencing it (only nodes referenced by at least one lane). */
function laneMembership(process) {
  const lanes = allLanes(process);
  const parentOf = new Map(lanes.map((l) => [l.lane, l.parent]));
  const refs = new Map();
  for (const { lane } of lanes) {
    for (const node of lane.flowNodeRef || []) {
      if (!node || typeof node !== 'object') continue;
      if (!refs.has(node)) refs.set(node, []);
      const list = refs.get(node);
      if (!list.includes(lane)) list.push(lane);
    }
  }
  const result = new Map();
  for (const [node, list] of refs) {
    const ancestors = new Set();
    for (const lane of list) {
      let p = parentOf.get(lane);
      while (p) {
        ancestors.add(p);
        p = parentOf.get(p);
      }
    }
    result.set(node, list.filter((lane) => !ancestors.has(lane)));
  }
  return result;
}

module.exports = { allLanes, laneMembership };
