import type { ModdleElement } from '../../moddle';
import type { GpmType } from '../../gpm/gpmExtension';
import { getGpm } from '../../gpm/gpmExtension';

interface Moddle {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

export interface UpdateGpmInfoContext {
  /** Diagram element that changes (for redraw and change events). */
  element: unknown;
  /** Business object carrying the extension (the process for a participant). */
  businessObject: ModdleElement;
  type: GpmType;
  /** New values; '' / undefined / [] remove the attribute. Arrays of strings become child elements (Rechtsgrundlagen). */
  properties: Record<string, unknown>;
  // filled by execute, used by revert
  oldExtensionElements?: ModdleElement;
  oldValues?: ModdleElement[];
  createdExtensionElements?: boolean;
  info?: ModdleElement;
  oldProperties?: Record<string, unknown>;
}

/**
 * Undoable command `gpm.updateInfo`: sets attributes of a `gpm:` extension element, creating the
 * element (and `bpmn:extensionElements`) when missing; revert restores the exact previous state.
 */
export class UpdateGpmInfoHandler {
  static $inject = ['moddle'];

  constructor(private readonly moddle: Moddle) {}

  execute(context: UpdateGpmInfoContext): unknown[] {
    const bo = context.businessObject;
    context.oldExtensionElements = bo.extensionElements as ModdleElement | undefined;
    context.oldValues = context.oldExtensionElements ? [...((context.oldExtensionElements.values as ModdleElement[]) ?? [])] : undefined;

    let ext = bo.extensionElements as ModdleElement | undefined;
    if (!ext) {
      ext = this.moddle.create('bpmn:ExtensionElements', { values: [] });
      ext.$parent = bo;
      bo.extensionElements = ext;
      context.createdExtensionElements = true;
    }
    if (!ext.values) ext.values = [];
    let info = getGpm(bo, context.type);
    if (!info) {
      info = this.moddle.create(context.type);
      info.$parent = ext;
      ext.values = [...(ext.values as ModdleElement[]), info];
    }
    context.info = info;
    context.oldProperties = {};
    for (const [key, value] of Object.entries(context.properties)) {
      context.oldProperties[key] = info[key];
      info[key] = this.toModdleValue(info, key, value);
    }
    return [context.element];
  }

  revert(context: UpdateGpmInfoContext): unknown[] {
    const bo = context.businessObject;
    const info = context.info!;
    for (const [key, value] of Object.entries(context.oldProperties ?? {})) info[key] = value;
    if (context.createdExtensionElements) {
      bo.extensionElements = context.oldExtensionElements;
    } else if (context.oldExtensionElements) {
      context.oldExtensionElements.values = context.oldValues ?? [];
    }
    return [context.element];
  }

  private toModdleValue(info: ModdleElement, key: string, value: unknown): unknown {
    if (Array.isArray(value)) {
      const items = value.map((v) => String(v).trim()).filter(Boolean);
      if (!items.length) return undefined;
      return items.map((text) => {
        const child = this.moddle.create('gpm:Rechtsgrundlage', { text });
        child.$parent = info;
        return child;
      });
    }
    if (value === '' || value === null || value === undefined) return undefined;
    return value;
  }
}
