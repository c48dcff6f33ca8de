/**
 * Undoable commands for waivers (`gpm:waiver` in an element's `bpmn:extensionElements`):
 * `gpm.waiver.add` accepts one rule's findings on one element with a reason;
 * `gpm.waiver.remove` withdraws every waiver of that rule on the element.
 * Both remember the exact previous extension state, so revert restores it (foreign extension
 * elements such as `camunda:` stay untouched and in place).
 */
import type { ModdleElement } from '../../moddle';

interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** The data of a waiver as stored in the model. */
export interface WaiverData {
  rule: string;
  reason: string;
  author?: string;
  /** ISO timestamp. */
  createdAt?: string;
}

interface ExtensionSnapshot {
  extensionElements?: ModdleElement;
  values?: ModdleElement[];
}

/** Context of `gpm.waiver.add`. */
export interface AddWaiverContext {
  /** Diagram element to redraw (the shape, or the root for model-level findings). */
  element: unknown;
  businessObject: ModdleElement;
  waiver: WaiverData;
  snapshot?: ExtensionSnapshot;
}

/** Context of `gpm.waiver.remove`. */
export interface RemoveWaiverContext {
  element: unknown;
  businessObject: ModdleElement;
  /** Rule id; waivers naming the rule by id (with or without `gpm/`) or by `code` are removed. */
  rule: string;
  code?: string;
  snapshot?: ExtensionSnapshot;
  removed?: number;
}

function snapshot(bo: ModdleElement): ExtensionSnapshot {
  const ext = bo.extensionElements as ModdleElement | undefined;
  return { extensionElements: ext, values: ext ? [...((ext.values as ModdleElement[] | undefined) ?? [])] : undefined };
}

function restore(bo: ModdleElement, s: ExtensionSnapshot | undefined): void {
  if (!s) return;
  bo.extensionElements = s.extensionElements;
  if (s.extensionElements) s.extensionElements.values = s.values ?? [];
}

/** True when a stored waiver's `rule` attribute names this rule (id, `gpm/<id>`, or code). */
export function waiverNamesRule(ref: unknown, rule: string, code?: string): boolean {
  const r = String(ref ?? '').trim().toLowerCase().replace(/^(bpmnlint-plugin-)?gpm\//, '');
  return r === rule.toLowerCase() || (!!code && r === code.toLowerCase());
}

/** `gpm.waiver.add`. */
export class AddWaiverHandler {
  static $inject = ['moddle'];

  constructor(private readonly moddle: Moddle) {}

  execute(context: AddWaiverContext): unknown[] {
    const bo = context.businessObject;
    context.snapshot = snapshot(bo);
    let ext = bo.extensionElements as ModdleElement | undefined;
    if (!ext) {
      ext = this.moddle.create('bpmn:ExtensionElements', { values: [] });
      ext.$parent = bo;
      bo.extensionElements = ext;
    }
    const attrs: Record<string, unknown> = { rule: context.waiver.rule, reason: context.waiver.reason };
    if (context.waiver.author) attrs.author = context.waiver.author;
    if (context.waiver.createdAt) attrs.createdAt = context.waiver.createdAt;
    const waiver = this.moddle.create('gpm:Waiver', attrs);
    waiver.$parent = ext;
    ext.values = [...((ext.values as ModdleElement[] | undefined) ?? []), waiver];
    return [context.element];
  }

  revert(context: AddWaiverContext): unknown[] {
    restore(context.businessObject, context.snapshot);
    return [context.element];
  }
}

/** `gpm.waiver.remove`. */
export class RemoveWaiverHandler {
  execute(context: RemoveWaiverContext): unknown[] {
    const bo = context.businessObject;
    context.snapshot = snapshot(bo);
    const ext = bo.extensionElements as ModdleElement | undefined;
    if (!ext) {
      context.removed = 0;
      return [context.element];
    }
    const values = (ext.values as ModdleElement[] | undefined) ?? [];
    const kept = values.filter((v) => !(v.$type === 'gpm:Waiver' && waiverNamesRule(v.rule, context.rule, context.code)));
    context.removed = values.length - kept.length;
    ext.values = kept;
    if (kept.length === 0) bo.extensionElements = undefined;
    return [context.element];
  }

  revert(context: RemoveWaiverContext): unknown[] {
    restore(context.businessObject, context.snapshot);
    return [context.element];
  }
}
