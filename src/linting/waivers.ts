/**
 * Waivers: a `gpm:waiver rule="<rule id>" reason="…"` on an element accepts that rule's findings
 * on that element. Waived findings stay in the result, marked `waived`, and are counted apart.
 */
import type { ModdleElement } from '../bpmn/moddle';
import { readWaivers } from '../bpmn/gpm/readGpmAttributes';
import type { Waiver } from '../domain/model/gpmAttributes';

function normalizeRuleRef(ref: string): string {
  // Accept `gpm/<id>` and `bpmnlint-plugin-gpm/<id>` as written in .bpmnlintrc files.
  return ref.trim().toLowerCase().replace(/^(bpmnlint-plugin-)?gpm\//, '');
}

/** True when a waiver names this rule, by id (with or without `gpm/` prefix) or by catalog code. */
export function waiverMatches(waiver: Waiver, rule: string, code?: string): boolean {
  const ref = normalizeRuleRef(waiver.rule);
  return ref === rule.toLowerCase() || (!!code && ref === code.toLowerCase());
}

/** The first waiver on any of `elements` that accepts findings of `rule`. */
export function findWaiver(elements: readonly ModdleElement[], rule: string, code?: string): Waiver | undefined {
  for (const element of elements) {
    if (!element.extensionElements) continue;
    const waiver = readWaivers(element).find((w) => waiverMatches(w, rule, code));
    if (waiver) return waiver;
  }
  return undefined;
}
