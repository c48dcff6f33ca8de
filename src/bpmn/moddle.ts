import { BpmnModdle } from 'bpmn-moddle';
import gpmDescriptor from '../../modeling-conventions/moddle/gpm.json';

/** The moddle extensions every part of the workbench loads: our `gpm:` attributes. */
export const MODDLE_EXTENSIONS = { gpm: gpmDescriptor };

/** Minimal typing of the moddle objects we touch; moddle itself ships loose types. */
export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  $attrs?: Record<string, string>;
  $instanceOf?(type: string): boolean;
  get?(name: string): unknown;
  set?(name: string, value: unknown): void;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

export interface Moddle {
  fromXML(xml: string, typeName?: string): Promise<{ rootElement: ModdleElement; warnings: Array<{ message: string }>; elementsById: Record<string, ModdleElement> }>;
  toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** A fresh moddle instance with the `gpm:` extension. Cheap; create one per parse in workers. */
export function createModdle(): Moddle {
  return new BpmnModdle(MODDLE_EXTENSIONS) as unknown as Moddle;
}
