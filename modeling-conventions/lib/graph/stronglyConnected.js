'use strict';

/**
 * Strongly connected components (Tarjan, iterative so that long models cannot overflow the
 * stack). Used to find loops ("Rückkopplungen") in a sequence-flow graph.
 */

/**
 * @param {{ nodes: object[], succ: Map }} graph
 * @returns {object[][]} components with more than one node, or one node with a self-loop
 */
function loops(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const result = [];
  let counter = 0;

  for (const root of graph.nodes) {
    if (index.has(root)) continue;
    const work = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter);
    counter++;
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const [v] = frame;
      const next = graph.succ.get(v) || [];
      if (frame[1] < next.length) {
        const w = next[frame[1]++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter);
          counter++;
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v), index.get(w)));
        }
      } else {
        work.pop();
        if (work.length) {
          const parent = work[work.length - 1][0];
          low.set(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v) === index.get(v)) {
          const component = [];
          let w;
          do {
            w = stack.pop();
            onStack.delete(w);
            component.push(w);
          } while (w !== v);
          const selfLoop = component.length === 1 && (graph.succ.get(v) || []).includes(v);
          if (component.length > 1 || selfLoop) result.push(component);
        }
      }
    }
  }
  return result;
}

module.exports = { loops };
