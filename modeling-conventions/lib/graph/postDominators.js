'use strict';

/**
 * Immediate post-dominators of a sequence-flow graph (Cooper, Harvey & Kennedy's iterative
 * algorithm on the reversed graph). A virtual EXIT follows every node without successors (end
 * events, implicit ends), so "every branch ends in its own end event" shows as ipdom = EXIT.
 * Nodes that cannot reach any end (endless loops) have no post-dominator (undefined).
 */

const EXIT = Object.freeze({ id: '__exit__', $type: 'virtual:Exit' });

/**
 * @param {{ nodes: object[], succ: Map, pred: Map }} graph
 * @returns {{ ipdom: (node: object) => (object|undefined), EXIT: object }}
 */
function postDominators(graph) {
  const sinks = graph.nodes.filter((n) => (graph.succ.get(n) || []).length === 0);
  // successors in the reversed graph
  const rsucc = (n) => (n === EXIT ? sinks : graph.pred.get(n) || []);
  // predecessors in the reversed graph = successors in the original one (EXIT for sinks)
  const rpred = (n) => {
    const s = graph.succ.get(n) || [];
    return s.length ? s : [EXIT];
  };

  // 1. post-order of the reversed graph from EXIT (iterative DFS)
  const order = [];
  const visited = new Set([EXIT]);
  const stack = [[EXIT, 0]];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const next = rsucc(top[0]);
    if (top[1] < next.length) {
      const m = next[top[1]++];
      if (!visited.has(m)) {
        visited.add(m);
        stack.push([m, 0]);
      }
    } else {
      order.push(top[0]);
      stack.pop();
    }
  }
  const po = new Map(order.map((n, i) => [n, i]));
  const rpo = order.slice().reverse();

  // 2. iterate to the fixed point
  const idom = new Map([[EXIT, EXIT]]);
  const intersect = (a, b) => {
    let x = a;
    let y = b;
    let guard = 0;
    while (x !== y && guard++ < 1e6) {
      while (po.get(x) < po.get(y)) x = idom.get(x);
      while (po.get(y) < po.get(x)) y = idom.get(y);
    }
    return x;
  };
  let changed = true;
  let rounds = 0;
  while (changed && rounds++ < 1000) {
    changed = false;
    for (const n of rpo) {
      if (n === EXIT) continue;
      let candidate;
      for (const p of rpred(n)) {
        if (!idom.has(p)) continue;
        candidate = candidate === undefined ? p : intersect(p, candidate);
      }
      if (candidate !== undefined && idom.get(n) !== candidate) {
        idom.set(n, candidate);
        changed = true;
      }
    }
  }
  return { ipdom: (n) => idom.get(n), EXIT };
}

module.exports = { postDominators, EXIT };
