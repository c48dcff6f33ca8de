import { describe, expect, it } from 'vitest';
import { getRuleMeta, paramsIn } from 'bpmnlint-plugin-gpm/lib/ruleMeta.js';
import {
  CONTEXT_PAD_TARGETS,
  PALETTE_ENTRY_TARGETS,
  PALETTE_RULE_CODE,
  filterEntries,
  filterHeaderEntries,
  isTargetAllowed,
  paletteRestrictionFor
} from '../../../../src/bpmn/modules/restricted-palette/paletteRestriction';

const paletteIds = ['hand-tool', 'lasso-tool', 'tool-separator', ...Object.keys(PALETTE_ENTRY_TARGETS)];
const palette = Object.fromEntries(paletteIds.map((id) => [id, { id }]));
const shownIn = (profile: string) => Object.keys(filterEntries(palette, (id) => PALETTE_ENTRY_TARGETS[id], paletteRestrictionFor(profile)));

describe('paletteRestrictionFor', () => {
  it('should read the allowed element types of a profile from the palette rule in the catalog', () => {
    const record = getRuleMeta(PALETTE_RULE_CODE);
    const r = paletteRestrictionFor('basis')!;
    expect([...r.allowedTypes]).toEqual(paramsIn(record.id, 'basis').allowedTypes);
    expect(r.allowExpandedSubProcess).toBe(paramsIn(record.id, 'basis').allowExpandedSubProcess === true);
  });

  it('should not restrict a profile in which the palette rule is off', () => {
    expect(getRuleMeta(PALETTE_RULE_CODE).severity.experte).toBe('off');
    expect(paletteRestrictionFor('experte')).toBeUndefined();
  });

  it('should take the profile parameters into account (soll allows boundary events, basis does not)', () => {
    const soll = paletteRestrictionFor('soll')!;
    const basis = paletteRestrictionFor('basis')!;
    expect(soll.allowedTypes.has('bpmn:BoundaryEvent')).toBe(paramsIn(PALETTE_RULE_CODE, 'soll').allowedTypes.includes('bpmn:BoundaryEvent'));
    expect(basis.allowedTypes.has('bpmn:BoundaryEvent')).toBe(false);
  });

  it('should work from any metadata source (a GPM team edits data, not code)', () => {
    const meta = {
      getRuleMeta: () => ({ id: 'palette-allowed-elements' }),
      severityIn: () => 'error',
      paramsIn: () => ({ allowedTypes: ['bpmn:Task', 'bpmn:StartEvent'] })
    };
    const r = paletteRestrictionFor('basis', meta)!;
    expect([...r.allowedTypes]).toEqual(['bpmn:Task', 'bpmn:StartEvent']);
    expect(Object.keys(filterEntries(palette, (id) => PALETTE_ENTRY_TARGETS[id], r))).toEqual(['hand-tool', 'lasso-tool', 'tool-separator', 'create.start-event', 'create.task']);
  });
});

describe('restricted palette entries', () => {
  it('should hide the expanded sub-process in basis and keep tools and allowed elements', () => {
    const shown = shownIn('basis');
    expect(shown).not.toContain('create.subprocess-expanded');
    expect(shown).toEqual(expect.arrayContaining(['hand-tool', 'lasso-tool', 'create.task', 'create.start-event', 'create.end-event', 'create.exclusive-gateway']));
  });

  it('should show everything without a restriction', () => {
    expect(shownIn('experte')).toEqual(paletteIds);
  });

  it('should judge replace targets by type, expansion and event sub-processes', () => {
    const r = paletteRestrictionFor('basis')!;
    expect(isTargetAllowed({ type: 'bpmn:UserTask' }, r)).toBe(r.allowedTypes.has('bpmn:UserTask'));
    expect(isTargetAllowed({ type: 'bpmn:SubProcess', isExpanded: false }, r)).toBe(true);
    expect(isTargetAllowed({ type: 'bpmn:SubProcess', isExpanded: true }, r)).toBe(r.allowExpandedSubProcess);
    expect(isTargetAllowed({ type: 'bpmn:SubProcess', isExpanded: true, triggeredByEvent: true }, r)).toBe(r.allowEventSubProcess);
    expect(isTargetAllowed({ type: 'bpmn:Transaction', isExpanded: true }, r)).toBe(false);
  });

  it('should hide loop markers when the profile does not allow them', () => {
    const header = { 'toggle-loop': 1, 'toggle-parallel-mi': 2, 'toggle-sequential-mi': 3, 'toggle-adhoc': 4 };
    const r = paletteRestrictionFor('basis')!;
    expect(Object.keys(filterHeaderEntries(header, r))).toEqual(r.allowLoopMarkers ? Object.keys(header) : ['toggle-adhoc']);
    expect(Object.keys(filterHeaderEntries(header, undefined))).toEqual(Object.keys(header));
  });

  it('should know what every context-pad append entry creates', () => {
    const r = paletteRestrictionFor('basis')!;
    const pad = Object.fromEntries(['append.end-event', 'append.gateway', 'append.append-task', 'append.intermediate-event', 'append.text-annotation', 'delete', 'connect'].map((id) => [id, id]));
    const kept = Object.keys(filterEntries(pad, (id) => CONTEXT_PAD_TARGETS[id], r));
    expect(kept).toEqual(expect.arrayContaining(['delete', 'connect', 'append.end-event', 'append.append-task']));
  });
});
