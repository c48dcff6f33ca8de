/**
 * The geometry of a laid-out process: plain numbers per spec element, in spec order, ready to be
 * written as BPMN DI. Produced by `layoutProcess`, consumed by `writeDiagram`.
 */

/** An axis-parallel rectangle (DI `dc:Bounds`). */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A waypoint (DI `dc:Point`). */
export interface Point {
  x: number;
  y: number;
}

/** Positions of every element of a `ProcessSpec`, index-aligned with the spec's arrays. */
export interface ProcessLayout {
  pool: Bounds;
  /** One band per spec lane (empty when the spec has no lanes). */
  lanes: Bounds[];
  /** Black-box pools, one per `externalParticipants` entry. */
  externals: Bounds[];
  nodes: Bounds[];
  /** External labels of named events and gateways. */
  nodeLabels: Array<Bounds | undefined>;
  flows: Point[][];
  flowLabels: Array<Bounds | undefined>;
  messageFlows: Point[][];
  messageFlowLabels: Array<Bounds | undefined>;
  annotations: Bounds[];
  /** Association from the annotated node to its annotation. */
  associations: Point[][];
  /** Layer (column) of each node, for tests and diagnostics. */
  layers: number[];
}
