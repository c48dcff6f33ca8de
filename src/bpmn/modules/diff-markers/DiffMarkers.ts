/**
 * Comparison markers on a (read-only) bpmn-js canvas: a CSS class per element and kind
 * (`gpm-diff-matched`, `gpm-diff-only-left`, `gpm-diff-order` … see `diffMarkerKinds.ts`) and,
 * optionally, a small text badge (e.g. "Rolle"), so a difference is never shown by colour alone.
 *
 * Policy: cheap updates. `setMarkers` plans the change against what is drawn and touches only
 * elements whose markers differ; an import clears the bookkeeping.
 */
import { DIFF_MARKERS, type DiffMarkerKind } from './diffMarkerKinds';
import { planMarkers, type MarkerMap } from './markerPlan';

interface Element {
  id: string;
}

interface Canvas {
  addMarker(element: Element | string, marker: string): void;
  removeMarker(element: Element | string, marker: string): void;
}

interface ElementRegistry {
  get(id: string): Element | undefined;
}

interface EventBus {
  on(event: string | string[], callback: (event: unknown) => unknown): void;
}

interface Overlays {
  add(element: Element | string, type: string, overlay: { position: Record<string, number>; html: HTMLElement | string }): string;
  remove(filter: { type?: string; element?: Element | string }): void;
}

const OVERLAY_TYPE = 'gpm-diff';

/** The `diffMarkers` service. */
export class DiffMarkers {
  static $inject = ['eventBus', 'canvas', 'overlays', 'elementRegistry'];

  private drawn = new Map<string, DiffMarkerKind[]>();
  private badged = new Map<string, string>();

  constructor(
    eventBus: EventBus,
    private readonly canvas: Canvas,
    private readonly overlays: Overlays,
    private readonly registry: ElementRegistry
  ) {
    eventBus.on(['diagram.clear', 'import.render.start'], () => {
      this.drawn.clear();
      this.badged.clear();
    });
  }

  /**
   * Show these markers (element id → kinds) and badges (element id → short text); elements not
   * on the canvas are skipped and reported back.
   */
  setMarkers(markers: MarkerMap, badges: ReadonlyMap<string, string> = new Map()): { missing: string[] } {
    const present = new Map([...markers].filter(([id]) => !!this.registry.get(id)));
    const { remove, add } = planMarkers(this.drawn, present);
    for (const [id, kinds] of remove) {
      if (this.registry.get(id)) for (const k of kinds) this.canvas.removeMarker(id, DIFF_MARKERS[k].className);
    }
    for (const [id, kinds] of add) for (const k of kinds) this.canvas.addMarker(id, DIFF_MARKERS[k].className);
    this.drawn = new Map([...present].map(([id, kinds]) => [id, [...new Set(kinds)]]));
    this.setBadges(badges);
    return { missing: [...markers.keys()].filter((id) => !present.has(id)) };
  }

  /** Remove every marker and badge. */
  clear(): void {
    this.setMarkers(new Map());
  }

  /** Number of elements currently marked (tests, diagnostics). */
  markedCount(): number {
    return this.drawn.size;
  }

  private setBadges(badges: ReadonlyMap<string, string>): void {
    const same = badges.size === this.badged.size && [...badges].every(([id, text]) => this.badged.get(id) === text);
    if (same) return;
    this.overlays.remove({ type: OVERLAY_TYPE });
    this.badged.clear();
    for (const [id, text] of badges) {
      if (!this.registry.get(id)) continue;
      const html = document.createElement('span');
      html.className = 'gpm-diff-badge';
      html.textContent = text;
      this.overlays.add(id, OVERLAY_TYPE, { position: { top: -10, right: 10 }, html });
      this.badged.set(id, text);
    }
  }
}
