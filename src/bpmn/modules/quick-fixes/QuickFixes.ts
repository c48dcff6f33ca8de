/**
 * The `quickFixes` service: which fixes a finding offers, and applying one as a single undoable
 * command (`gpm.quickFix`).
 */
import type { Finding } from '../../../domain/model/finding';
import type { Canvas, CommandStack, ElementRegistry } from '../lint-markers/diagramTypes';
import { resolveFindingElement } from '../lint-markers/resolveFindingElement';
import { plannedFixes, type PlannedFix } from './fixesForFinding';
import { quickFixServices, type QuickFixContext } from './QuickFixHandler';
import type { FixTarget } from './quickFixTypes';

interface Injector {
  get(name: string, strict?: boolean): unknown;
}

/** A fix as the findings panel shows it. */
export interface OfferedFix {
  id: string;
  label: string;
}

export class QuickFixes {
  static $inject = ['injector', 'commandStack', 'elementRegistry', 'canvas'];

  constructor(
    private readonly injector: Injector,
    private readonly commandStack: CommandStack,
    private readonly registry: ElementRegistry,
    private readonly canvas: Canvas
  ) {}

  private planned(finding: Finding): PlannedFix[] {
    const { element, businessObject } = resolveFindingElement(this.registry, this.canvas, finding.elementId);
    if (!businessObject) return [];
    const target: FixTarget = { businessObject, element, shapeOf: (id) => this.registry.get(id) };
    return plannedFixes(finding, target);
  }

  /** The fixes this finding offers now (none for waived findings). */
  fixesFor(finding: Finding): OfferedFix[] {
    return this.planned(finding).map(({ fix }) => ({ id: fix.id, label: fix.label }));
  }

  /** Apply one fix as one undoable command; false when it no longer applies. */
  apply(finding: Finding, fixId: string): boolean {
    const chosen = this.planned(finding).find((p) => p.fix.id === fixId);
    if (!chosen) return false;
    const context: QuickFixContext = { fix: chosen.fix, plan: chosen.plan };
    this.commandStack.execute('gpm.quickFix', context as unknown as Record<string, unknown>);
    chosen.fix.after?.(quickFixServices(this.injector), chosen.plan);
    return true;
  }
}
