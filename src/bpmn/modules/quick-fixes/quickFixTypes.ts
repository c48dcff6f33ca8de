/**
 * The shape of a quick fix: a pure `plan` over the BPMN elements (testable on a moddle tree
 * without a modeler) and an `apply` that carries the plan out with bpmn-js `modeling` inside
 * one `gpm.quickFix` command — so one undo takes the whole fix back.
 */
import type { Finding } from '../../../domain/model/finding';
import type { ModdleElement } from '../../moddle';
import type { Canvas, DiagramElement, ElementRegistry, Selection } from '../lint-markers/diagramTypes';

/** The element a finding is about: its BPMN element, and its shape when a diagram is open. */
export interface FixTarget {
  businessObject: ModdleElement;
  element?: DiagramElement;
  /** Shapes by BPMN id (diagram open), for fixes that look at neighbours' positions. */
  shapeOf?(id: string): DiagramElement | undefined;
}

/** The bpmn-js services a fix may use while applying its plan. */
export interface QuickFixServices {
  modeling: {
    updateLabel(element: DiagramElement, text: string): void;
    createShape(shape: unknown, position: { x: number; y: number }, parent: DiagramElement): DiagramElement;
    connect(source: DiagramElement, target: DiagramElement, attrs?: Record<string, unknown>): DiagramElement;
    appendShape(source: DiagramElement, shape: unknown, position: { x: number; y: number }, parent: DiagramElement): DiagramElement;
  };
  elementFactory: { createShape(attrs: Record<string, unknown>): DiagramElement };
  elementRegistry: ElementRegistry;
  canvas: Canvas;
  selection: Selection;
  autoPlace?: { append(source: DiagramElement, shape: unknown): DiagramElement };
  directEditing?: { activate(element: DiagramElement): boolean; isActive(): boolean };
}

/** One quick fix. `P` is its plan (plain data). */
export interface QuickFix<P = unknown> {
  /** The id the rule catalog names in `quickFix`, e.g. `add-end-event`. */
  id: string;
  /** German button text. */
  label: string;
  /** Rules this fix also applies to although their catalog record names no (or another) quick fix. */
  alsoForRules?: readonly string[];
  /** What the fix would do for this finding; undefined when it does not apply or is not safe. */
  plan(target: FixTarget, finding: Finding): P | undefined;
  /** Carry out the plan (runs inside the `gpm.quickFix` command; every change through `modeling`). */
  apply(services: QuickFixServices, plan: P): void;
  /** Optional follow-up after the command (e.g. open label editing); not part of undo. */
  after?(services: QuickFixServices, plan: P): void;
}
