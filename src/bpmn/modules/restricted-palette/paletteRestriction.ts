/**
 * Which BPMN elements a profile lets modellers create, read from the catalog record of the
 * palette rule (MK-PAL-01, `params.allowedTypes` and its flags, with the profile's
 * `profileParams`) — never hard-coded here, so a GPM team changes the palette by editing data.
 * A profile in which the palette rule is off (e.g. `experte`) has no restriction.
 *
 * The maps below only say what bpmn-js's own palette, context-pad and replace-menu entries
 * create; they are bpmn-js knowledge, not convention.
 */
import { getRuleMeta, paramsIn, severityIn } from 'bpmnlint-plugin-gpm/lib/ruleMeta.js';

/** The catalog code of the palette rule whose parameters define the allowed elements. */
export const PALETTE_RULE_CODE = 'MK-PAL-01';

/** What may be created in a profile. */
export interface PaletteRestriction {
  profile: string;
  allowedTypes: ReadonlySet<string>;
  allowEventSubProcess: boolean;
  allowLoopMarkers: boolean;
  allowExpandedSubProcess: boolean;
  /** The catalog's name of the level, e.g. "Basis-Level". */
  levelName?: string;
}

/** What an entry creates (or replaces an element with). */
export interface EntryTarget {
  type: string;
  isExpanded?: boolean;
  triggeredByEvent?: boolean;
}

type MetaApi = {
  getRuleMeta(idOrCode: string): { id: string } | undefined;
  severityIn(idOrCode: string, profile: string): string;
  paramsIn(idOrCode: string, profile: string): Record<string, unknown>;
};
const PLUGIN_META: MetaApi = { getRuleMeta, severityIn, paramsIn };

/** The restriction of a profile, or undefined when the profile does not restrict the palette. */
export function paletteRestrictionFor(profile: string, meta: MetaApi = PLUGIN_META): PaletteRestriction | undefined {
  const record = meta.getRuleMeta(PALETTE_RULE_CODE);
  if (!record) return undefined;
  const severity = meta.severityIn(record.id, profile);
  if (!severity || severity === 'off') return undefined;
  const params = meta.paramsIn(record.id, profile);
  const types = params.allowedTypes;
  if (!Array.isArray(types) || types.length === 0) return undefined;
  return {
    profile,
    allowedTypes: new Set(types.map(String)),
    allowEventSubProcess: params.allowEventSubProcess === true,
    allowLoopMarkers: params.allowLoopMarkers === true,
    allowExpandedSubProcess: params.allowExpandedSubProcess === true,
    ...(typeof params.levelName === 'string' ? { levelName: params.levelName } : {})
  };
}

/** True when the restriction lets a modeller create this target. */
export function isTargetAllowed(target: EntryTarget, r: PaletteRestriction): boolean {
  if (!r.allowedTypes.has(target.type)) return false;
  if (target.triggeredByEvent && !r.allowEventSubProcess) return false;
  if (target.type === 'bpmn:SubProcess' && target.isExpanded && !target.triggeredByEvent && !r.allowExpandedSubProcess) return false;
  return true;
}

/** What bpmn-js's palette entries create (tools and separators are not listed: always allowed). */
export const PALETTE_ENTRY_TARGETS: Readonly<Record<string, EntryTarget>> = {
  'create.start-event': { type: 'bpmn:StartEvent' },
  'create.intermediate-event': { type: 'bpmn:IntermediateThrowEvent' },
  'create.end-event': { type: 'bpmn:EndEvent' },
  'create.exclusive-gateway': { type: 'bpmn:ExclusiveGateway' },
  'create.task': { type: 'bpmn:Task' },
  'create.data-object': { type: 'bpmn:DataObjectReference' },
  'create.data-store': { type: 'bpmn:DataStoreReference' },
  'create.subprocess-expanded': { type: 'bpmn:SubProcess', isExpanded: true },
  'create.participant-expanded': { type: 'bpmn:Participant' },
  'create.group': { type: 'bpmn:Group' }
};

/** What bpmn-js's context-pad "append" entries create. */
export const CONTEXT_PAD_TARGETS: Readonly<Record<string, EntryTarget>> = {
  'append.end-event': { type: 'bpmn:EndEvent' },
  'append.gateway': { type: 'bpmn:ExclusiveGateway' },
  'append.append-task': { type: 'bpmn:Task' },
  'append.intermediate-event': { type: 'bpmn:IntermediateThrowEvent' },
  'append.text-annotation': { type: 'bpmn:TextAnnotation' }
};

/** Replace-menu header toggles that add loop or multi-instance markers. */
export const LOOP_MARKER_TOGGLES: readonly string[] = ['toggle-loop', 'toggle-parallel-mi', 'toggle-sequential-mi'];

/** Keep only the entries whose target is allowed; entries with unknown targets stay. */
export function filterEntries<E>(entries: Record<string, E>, targetOf: (id: string, entry: E) => EntryTarget | undefined, r: PaletteRestriction | undefined): Record<string, E> {
  if (!r) return entries;
  const kept: Record<string, E> = {};
  for (const [id, entry] of Object.entries(entries)) {
    const target = targetOf(id, entry);
    if (!target || isTargetAllowed(target, r)) kept[id] = entry;
  }
  return kept;
}

/** Replace-menu header entries without loop markers when the profile does not allow them. */
export function filterHeaderEntries<E>(entries: Record<string, E>, r: PaletteRestriction | undefined): Record<string, E> {
  if (!r || r.allowLoopMarkers) return entries;
  const kept: Record<string, E> = {};
  for (const [id, entry] of Object.entries(entries)) if (!LOOP_MARKER_TOGGLES.includes(id)) kept[id] = entry;
  return kept;
}
