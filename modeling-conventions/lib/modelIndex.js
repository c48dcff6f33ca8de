'use strict';

/**
 * Per-run, lazily built indexes over one model (one `bpmn:Definitions`).
 *
 * The engine calls a rule's `check` for every node, so whole-model lookups (which pool owns a
 * process, which lane holds a node, which DI shape draws an element) are computed once per run
 * on first use and shared by the run's rule instances — never a tree scan per node. A rule
 * creates its cache with `createIndexCache()` (see there how a run's instances share it and why
 * no state survives between runs).
 */
const { is, rootOf, rootElementsOf, flowElements } = require('./bpmn');
const { laneMembership } = require('./lanes');
const { flowGraph } = require('./graph/flowGraph');
const { postDominators } = require('./graph/postDominators');
const { loops } = require('./graph/stronglyConnected');
const { readActivityInfo } = require('./gpm');
const { boundsOf, waypointsOf } = require('./geometry');

const SIMPLE = new Set(['String', 'Boolean', 'Integer', 'Real']);

/** Visit every contained element below `element` (moddle containment, like bpmnlint's traversal). */
function walkContained(element, visit, seen) {
  const visited = seen || new Set();
  const stack = [element];
  while (stack.length) {
    const current = stack.pop();
    if (!current || typeof current !== 'object' || visited.has(current)) continue;
    visited.add(current);
    visit(current);
    const descriptor = current.$descriptor;
    if (!descriptor || descriptor.isGeneric || !Array.isArray(descriptor.properties)) continue;
    for (const p of descriptor.properties) {
      if (p.isAttr || p.isReference || SIMPLE.has(p.type)) continue;
      const value = current[p.name];
      if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      else if (value && typeof value === 'object') stack.push(value);
    }
  }
}

class ModelIndex {
  constructor(root) {
    this.root = root;
    this._cache = new Map();
    this._per = new Map();
  }

  _lazy(key, build) {
    if (!this._cache.has(key)) this._cache.set(key, build());
    return this._cache.get(key);
  }

  _lazyFor(kind, object, build) {
    let map = this._per.get(kind);
    if (!map) {
      map = new Map();
      this._per.set(kind, map);
    }
    let value = map.get(object);
    if (value === undefined && !map.has(object)) {
      value = build();
      map.set(object, value);
    }
    return value;
  }

  /** `boundsOf(di)` (geometry.js) once per run: the layout rules read the same shapes. Read-only. */
  bounds(di) {
    return di ? this._lazyFor('bounds', di, () => boundsOf(di)) : boundsOf(di);
  }

  /** `waypointsOf(di)` (geometry.js) once per run: the layout rules read the same edges. Read-only. */
  waypoints(di) {
    return di ? this._lazyFor('waypoints', di, () => waypointsOf(di)) : waypointsOf(di);
  }

  /** `readActivityInfo(activity)` (gpm.js), read once per run: several rules ask for it. Read-only. */
  activityInfo(activity) {
    return this._lazyFor('activityInfo', activity, () => readActivityInfo(activity));
  }

  /** Sequence-flow graph of one process level (see graph/flowGraph.js). */
  graphOf(container) {
    return this._lazyFor('graph', container, () => flowGraph(container));
  }

  /** Post-dominator analysis of one process level (see graph/postDominators.js). */
  postDominatorsOf(container) {
    return this._lazyFor('pdom', container, () => postDominators(this.graphOf(container)));
  }

  /** Loops (non-trivial strongly connected components) of one process level. */
  loopsOf(container) {
    return this._lazyFor('loops', container, () => loops(this.graphOf(container)));
  }

  /** Map node → its loop (component) for one process level. */
  loopMembershipOf(container) {
    return this._lazyFor('loopOf', container, () => {
      const map = new Map();
      for (const component of this.loopsOf(container)) for (const n of component) map.set(n, component);
      return map;
    });
  }

  /**
   * Flow elements of a process level and of every level nested in it (sub-processes), in
   * document order, each before the contents of its own sub-process — the flow elements
   * `walkContained(container)` reaches, in its order, without walking extensions, lanes and
   * everything else a process contains.
   */
  flowElementsDeep(container) {
    return this._lazyFor('flowElementsDeep', container, () => {
      const out = [];
      const visit = (c) => {
        for (const e of c.flowElements || []) {
          if (!e || typeof e !== 'object') continue;
          out.push(e);
          if (Array.isArray(e.flowElements)) visit(e);
        }
      };
      visit(container);
      return out;
    });
  }

  /** Tasks of a process level and its nested levels, in document order. */
  tasksOf(container) {
    return this._lazyFor('tasksOf', container, () => this.flowElementsDeep(container).filter((e) => is(e, 'bpmn:Task')));
  }

  /** The container and every process level nested in it that has flow elements. */
  levelsOf(container) {
    return this._lazyFor('levelsOf', container, () =>
      [container].concat(this.flowElementsDeep(container)).filter((e) => is(e, 'bpmn:FlowElementsContainer') && flowElements(e).length > 0));
  }

  /** All contained elements in document order. */
  get elements() {
    return this._lazy('elements', () => {
      const out = [];
      walkContained(this.root, (e) => out.push(e));
      return out;
    });
  }

  /**
   * Semantic flow content in document order: every flow element and artifact of every process
   * and sub-process, plus collaborations' artifacts — without DI, definitions or extensions.
   * Much cheaper than `elements` on large models (DI is about half of a file).
   */
  get semanticElements() {
    return this._lazy('semanticElements', () => {
      const out = [];
      const visit = (container) => {
        for (const e of container.flowElements || []) {
          if (!e) continue;
          out.push(e);
          if (Array.isArray(e.flowElements) || Array.isArray(e.artifacts)) visit(e);
        }
        for (const a of container.artifacts || []) if (a) out.push(a);
      };
      for (const root of this.root.rootElements || []) if (root) visit(root);
      return out;
    });
  }

  /** A process of this file by id (for call activities), or undefined. */
  processById(id) {
    const map = this._lazy('processById', () => new Map(this.processes.map((p) => [p.id, p])));
    return map.get(id);
  }

  /** Element by id (semantic and DI elements). */
  get byId() {
    return this._lazy('byId', () => {
      const map = new Map();
      for (const e of this.elements) if (e.id && !map.has(e.id)) map.set(e.id, e);
      return map;
    });
  }

  get collaborations() {
    return this._lazy('collaborations', () => rootElementsOf(this.root, 'bpmn:Collaboration'));
  }

  get processes() {
    return this._lazy('processes', () => rootElementsOf(this.root, 'bpmn:Process'));
  }

  /** Every participant of every collaboration. */
  get participants() {
    return this._lazy('participants', () => {
      const out = [];
      for (const c of this.collaborations) for (const p of c.participants || []) if (p) out.push(p);
      return out;
    });
  }

  /** Every message flow of every collaboration. */
  get messageFlows() {
    return this._lazy('messageFlows', () => {
      const out = [];
      for (const c of this.collaborations) for (const f of c.messageFlows || []) if (f) out.push(f);
      return out;
    });
  }

  /** Map process → the participant (pool) that references it. */
  get participantByProcess() {
    return this._lazy('participantByProcess', () => {
      const map = new Map();
      for (const p of this.participants) if (p.processRef && !map.has(p.processRef)) map.set(p.processRef, p);
      return map;
    });
  }

  /** The pool a node belongs to (participant itself, or the pool of the node's process). */
  poolOf(node) {
    if (is(node, 'bpmn:Participant')) return node;
    let current = node;
    let guard = 0;
    while (current && guard++ < 10000) {
      if (is(current, 'bpmn:Process')) return this.participantByProcess.get(current);
      current = current.$parent;
    }
    return undefined;
  }

  /** The id to report a process-level finding on: its pool if drawn as one, else the process. */
  reportIdFor(container) {
    if (is(container, 'bpmn:Process')) {
      const pool = this.participantByProcess.get(container);
      if (pool && pool.id) return pool.id;
    }
    return container && container.id;
  }

  /** The element a process-level finding is about (pool if present), for naming it in messages. */
  reportElementFor(container) {
    if (is(container, 'bpmn:Process')) return this.participantByProcess.get(container) || container;
    return container;
  }

  /** Map semantic element → its first DI shape or edge. */
  get diByElement() {
    return this._lazy('diByElement', () => {
      const map = new Map();
      for (const diagram of this.root.diagrams || []) {
        const plane = diagram && diagram.plane;
        if (!plane) continue;
        for (const di of plane.planeElement || []) {
          if (di && di.bpmnElement && !map.has(di.bpmnElement)) map.set(di.bpmnElement, di);
        }
      }
      return map;
    });
  }

  /** Semantic elements that own a BPMN plane (diagram), e.g. collapsed sub-processes with a detail view. */
  get planeOwners() {
    return this._lazy('planeOwners', () => {
      const set = new Set();
      for (const diagram of this.root.diagrams || []) {
        const owner = diagram && diagram.plane && diagram.plane.bpmnElement;
        if (owner) set.add(owner);
      }
      return set;
    });
  }

  /** True if the sub-process is drawn collapsed (DI `isExpanded` not true); undefined without DI. */
  isCollapsed(subProcess) {
    const di = this.diByElement.get(subProcess);
    if (!di) return undefined;
    return di.isExpanded !== true;
  }

  /** Lane membership of a process: Map flow node → deepest lanes holding it (see lanes.js). */
  lanesOf(process) {
    return this._lazyFor('lanes', process, () => laneMembership(process));
  }

  /** The single deepest lane of a flow node (undefined if none or ambiguous). */
  laneOf(node) {
    let process = node && node.$parent;
    let guard = 0;
    while (process && !is(process, 'bpmn:Process') && guard++ < 10000) process = process.$parent;
    if (!process) return undefined;
    let top = node;
    while (top && top.$parent !== process && guard++ < 20000) top = top.$parent;
    const lanes = this.lanesOf(process).get(top);
    return lanes && lanes.length === 1 ? lanes[0] : undefined;
  }

  /** Data object/store references that take part in at least one data association or association. */
  get linkedDataReferences() {
    return this._lazy('linkedData', () => {
      const set = new Set();
      const add = (ref) => { if (ref && typeof ref === 'object') set.add(ref); };
      for (const e of this.semanticElements) {
        for (const a of e.dataInputAssociations || []) {
          for (const s of a.sourceRef || []) add(s);
          add(a.targetRef);
        }
        for (const a of e.dataOutputAssociations || []) {
          add(a.targetRef);
          for (const s of a.sourceRef || []) add(s);
        }
        if (is(e, 'bpmn:Association')) {
          add(e.sourceRef);
          add(e.targetRef);
        }
      }
      return set;
    });
  }

  /**
   * Elements connected to an element by an association (artifact) or a data association, both
   * directions: e.g. the data stores an activity reads or writes, the annotations on a task.
   */
  associatedWith(element) {
    const map = this._lazy('associated', () => {
      const links = new Map();
      const link = (a, b) => {
        if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return;
        if (!links.has(a)) links.set(a, new Set());
        if (!links.has(b)) links.set(b, new Set());
        links.get(a).add(b);
        links.get(b).add(a);
      };
      for (const e of this.semanticElements) {
        for (const a of e.dataInputAssociations || []) for (const s of a.sourceRef || []) link(e, s);
        for (const a of e.dataOutputAssociations || []) link(e, a.targetRef);
        if (is(e, 'bpmn:Association')) link(e.sourceRef, e.targetRef);
      }
      return links;
    });
    return map.get(element) || new Set();
  }
}

/**
 * Indexes are shared by the rule instances of one lint run: a run creates all its rule
 * instances (bpmnlint's Linter and the workbench's engine both do) before any of them checks a
 * node, so instances created with no index use in between form one "generation" and share one
 * index per root. The first index use after that closes the generation: the next rule factory
 * call (the next run) starts a new one, so no index outlives the run that built it, even when
 * the model is edited between runs.
 */
let generation = { indexes: new WeakMap(), used: false };

/**
 * A rule instance's index cache: `indexFor(node)` returns the index of the node's model (shared
 * within the run, see above). `indexFor.sawRoot(root)` tells the cache that the instance visits
 * a model root: an instance that visits the same root a second time is being reused for another
 * run (bpmnlint's Linter caches rule instances across files), so that root's index starts over.
 */
function createIndexCache() {
  if (generation.used) generation = { indexes: new WeakMap(), used: false };
  const shared = generation;
  const visited = new WeakSet();
  function indexFor(node) {
    shared.used = true;
    const r = rootOf(node);
    let index = shared.indexes.get(r);
    if (!index) {
      index = new ModelIndex(r);
      shared.indexes.set(r, index);
    }
    return index;
  }
  indexFor.sawRoot = function sawRoot(root) {
    if (visited.has(root)) shared.indexes.delete(root);
    else visited.add(root);
  };
  return indexFor;
}

module.exports = { createIndexCache, ModelIndex, walkContained };
