/**
 * Names of moddle elements as findings show them.
 */
import type { ModdleElement } from '../bpmn/moddle';

/** Collapse line breaks and runs of blanks in a label to single spaces. */
export function normalizeLabel(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** The visible label of an element: its name, or the text of a text annotation; '' when none. */
export function elementLabel(element: ModdleElement | undefined): string {
  if (!element) return '';
  return normalizeLabel(element.name) || normalizeLabel(element.text);
}

/**
 * The name of a whole model: the definitions' name, else the first named participant or
 * process; '' when nothing is named.
 */
export function modelName(definitions: ModdleElement): string {
  const own = elementLabel(definitions);
  if (own) return own;
  const roots = (definitions.rootElements as ModdleElement[] | undefined) ?? [];
  for (const root of roots) {
    if (root.$type === 'bpmn:Collaboration') {
      for (const p of (root.participants as ModdleElement[] | undefined) ?? []) {
        const name = elementLabel(p);
        if (name) return name;
      }
    }
  }
  for (const root of roots) {
    if (root.$type === 'bpmn:Process') {
      const name = elementLabel(root);
      if (name) return name;
    }
  }
  return '';
}
