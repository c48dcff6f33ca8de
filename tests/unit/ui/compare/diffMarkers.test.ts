import { afterEach, describe, expect, it } from 'vitest';
import { DIFF_MARKER_CLASSES, DIFF_MARKERS, DiffMarkers, DiffMarkersModule, markerMap, planMarkers } from '../../../../src/bpmn/modules/diff-markers';

/** The canvas services the module uses, recording what it does. */
function fakeDiagram(ids: string[]) {
  const classes = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const calls: string[] = [];
  const overlays: Array<{ id: string; text: string }> = [];
  const listeners = new Map<string, Array<(e: unknown) => unknown>>();
  const eventBus = { on: (events: string | string[], fn: (e: unknown) => unknown) => [events].flat().forEach((e) => listeners.set(e, [...(listeners.get(e) ?? []), fn])) };
  const canvas = {
    addMarker: (id: string, cls: string) => (calls.push(`+${id}.${cls}`), classes.get(id)!.add(cls)),
    removeMarker: (id: string, cls: string) => (calls.push(`-${id}.${cls}`), classes.get(id)!.delete(cls))
  };
  const overlayService = {
    add: (id: string | { id: string }, _type: string, o: { html: string | HTMLElement }) => (overlays.push({ id: String(id), text: typeof o.html === 'string' ? o.html : String(o.html.textContent) }), 'o'),
    remove: () => overlays.splice(0)
  };
  const registry = { get: (id: string) => (classes.has(id) ? { id } : undefined) };
  const markers = new DiffMarkers(eventBus, canvas, overlayService, registry);
  return { markers, classes, calls, overlays, fire: (e: string) => listeners.get(e)?.forEach((f) => f({})) };
}

describe('diff markers', () => {
  const realDocument = (globalThis as { document?: unknown }).document;
  afterEach(() => {
    (globalThis as { document?: unknown }).document = realDocument;
  });

  it('should plan only the changes between drawn and wanted markers', () => {
    const drawn = markerMap([['A', 'matched'], ['B', 'differs'], ['C', 'order'], ['C', 'role']]);
    const wanted = markerMap([['A', 'matched'], ['B', 'onlyLeft'], ['C', 'role'], ['D', 'extra']]);
    const plan = planMarkers(drawn, wanted);
    expect([...plan.remove]).toEqual([['B', ['differs']], ['C', ['order']]]);
    expect([...plan.add]).toEqual([['B', ['onlyLeft']], ['D', ['extra']]]);
  });

  it('should set a CSS class per kind, touch only changed elements and report elements not on the canvas', () => {
    const d = fakeDiagram(['A', 'B']);
    const first = d.markers.setMarkers(markerMap([['A', 'matched'], ['B', 'differs'], ['Z', 'extra']]));
    expect(first.missing).toEqual(['Z']);
    expect([...d.classes.get('A')!]).toEqual(['gpm-diff-matched']);
    d.calls.splice(0);
    d.markers.setMarkers(markerMap([['A', 'matched'], ['B', 'onlyRight']]));
    expect(d.calls).toEqual(['-B.gpm-diff-differs', '+B.gpm-diff-only-right']);
    expect(d.markers.markedCount()).toBe(2);
    d.markers.clear();
    expect([...d.classes.values()].every((c) => c.size === 0)).toBe(true);
  });

  it('should add text badges so a difference is not shown by colour alone', () => {
    (globalThis as { document?: unknown }).document = { createElement: () => ({ className: '', textContent: '' }) };
    const d = fakeDiagram(['A']);
    d.markers.setMarkers(markerMap([['A', 'role']]), new Map([['A', 'Rolle'], ['Gone', 'x']]));
    expect(d.overlays).toEqual([{ id: 'A', text: 'Rolle' }]);
  });

  it('should forget what it drew when a new diagram is imported', () => {
    const d = fakeDiagram(['A']);
    d.markers.setMarkers(markerMap([['A', 'added']]));
    d.fire('import.render.start');
    expect(d.markers.markedCount()).toBe(0);
  });

  it('should give every kind a distinct class and a German legend text, and register as a diagram-js module', () => {
    expect(new Set(DIFF_MARKER_CLASSES).size).toBe(Object.keys(DIFF_MARKERS).length);
    for (const info of Object.values(DIFF_MARKERS)) {
      expect(info.className).toMatch(/^gpm-diff-[a-z-]+$/);
      expect(info.label.length).toBeGreaterThan(2);
      expect(info.description).toMatch(/\.$/);
    }
    expect(DiffMarkersModule).toEqual({ __init__: ['diffMarkers'], diffMarkers: ['type', DiffMarkers] });
  });
});
