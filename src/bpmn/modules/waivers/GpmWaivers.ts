/**
 * The `gpmWaivers` service: accept a finding with a reason, or withdraw the acceptance, as
 * undoable commands on the open model. The waiver sits on the finding's element (on the process
 * or collaboration for model-level findings), so it travels with the `.bpmn` file.
 */
import type { Finding } from '../../../domain/model/finding';
import type { Canvas, CommandStack, ElementRegistry } from '../lint-markers/diagramTypes';
import { resolveFindingElement } from '../lint-markers/resolveFindingElement';
import type { AddWaiverContext, RemoveWaiverContext } from './waiverCommands';

export class GpmWaivers {
  static $inject = ['commandStack', 'elementRegistry', 'canvas'];

  constructor(
    private readonly commandStack: CommandStack,
    private readonly registry: ElementRegistry,
    private readonly canvas: Canvas
  ) {}

  /** True when the finding's element is in the open diagram (a waiver can be stored on it). */
  canWaive(finding: Pick<Finding, 'elementId' | 'rule'>): boolean {
    return finding.rule !== 'rule-error' && !!resolveFindingElement(this.registry, this.canvas, finding.elementId).businessObject;
  }

  /** Accept the finding's rule on its element; false when the element is not in the diagram or the reason is empty. */
  add(finding: Pick<Finding, 'elementId' | 'rule'>, reason: string, author?: string, now: Date = new Date()): boolean {
    const target = resolveFindingElement(this.registry, this.canvas, finding.elementId);
    if (!target.businessObject || !reason.trim() || finding.rule === 'rule-error') return false;
    const context: AddWaiverContext = {
      element: target.element,
      businessObject: target.businessObject,
      waiver: { rule: finding.rule, reason: reason.trim(), ...(author?.trim() ? { author: author.trim() } : {}), createdAt: now.toISOString() }
    };
    this.commandStack.execute('gpm.waiver.add', context as unknown as Record<string, unknown>);
    return true;
  }

  /** Withdraw the waiver(s) of the finding's rule on its element. */
  remove(finding: Pick<Finding, 'elementId' | 'rule' | 'code'>): boolean {
    const target = resolveFindingElement(this.registry, this.canvas, finding.elementId);
    if (!target.businessObject) return false;
    const context: RemoveWaiverContext = { element: target.element, businessObject: target.businessObject, rule: finding.rule, ...(finding.code ? { code: finding.code } : {}) };
    this.commandStack.execute('gpm.waiver.remove', context as unknown as Record<string, unknown>);
    return true;
  }
}
