/**
 * Convention findings on the canvas: a CSS class per element (`gpm-lint-error|warning|info`,
 * `gpm-lint-waived`) and a small overlay badge with the count in the severity's colour.
 *
 * Policy: cheap updates. `setFindings` diffs the wanted markers against the drawn ones and
 * touches only elements whose marker changed; nothing runs on `commandStack.changed`. Shapes
 * that are removed (and perhaps re-created by undo) drop out of the drawn set, so the next
 * `setFindings` draws them again.
 */
import type { Finding } from '../../../domain/model/finding';
import type { Canvas, DiagramElement, ElementRegistry, EventBus, Overlays, Selection } from './diagramTypes';
import { LINT_MARKER_TEXTS } from './lintMarkerTexts';
import { computeMarkers, diffMarkers, markerKey, type ElementMarker } from './markerState';
import { resolveFindingElement } from './resolveFindingElement';

const OVERLAY_TYPE = 'gpm-lint';
const CLASSES = ['gpm-lint-error', 'gpm-lint-warning', 'gpm-lint-info', 'gpm-lint-waived'] as const;

/** Below this zoom badges are hidden (they would cover the tiny shapes). */
const BADGE_MIN_ZOOM = 0.3;

/** Below this zoom labels are hard to read on a projector; `reveal` zooms in to it. */
const MIN_READABLE_ZOOM = 0.8;

function boundsOf(points: ReadonlyArray<{ x: number; y: number }>) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Fired when a badge is clicked: `{ elementId }` (the finding's element id). */
export const LINT_BADGE_CLICK_EVENT = 'gpmLint.badgeClick';

/** Called when a badge is clicked, after its element was selected. */
export type BadgeClickHandler = (elementId: string) => void;

interface Drawn {
  key: string;
  shapeId: string;
}

/** The `lintMarkers` service. */
export class LintMarkers {
  static $inject = ['eventBus', 'canvas', 'overlays', 'elementRegistry', 'selection'];

  private drawn = new Map<string, Drawn>();
  private lastFindings: readonly Finding[] = [];
  private showWaived = true;
  private badgeHandler: BadgeClickHandler | undefined;

  constructor(
    private readonly eventBus: EventBus,
    private readonly canvas: Canvas,
    private readonly overlays: Overlays,
    private readonly registry: ElementRegistry,
    private readonly selection: Selection
  ) {
    const forget = (e: { element: DiagramElement }) => {
      for (const [id, d] of this.drawn) if (d.shapeId === e.element.id) this.drawn.delete(id);
    };
    eventBus.on(['shape.remove', 'connection.remove'], forget);
    eventBus.on(['diagram.clear', 'import.render.start'], () => {
      this.drawn.clear();
      this.lastFindings = [];
    });
  }

  /** Show these findings (waived ones distinctly unless `showWaived` is false). */
  setFindings(findings: readonly Finding[], options: { showWaived?: boolean } = {}): void {
    this.lastFindings = findings;
    if (options.showWaived !== undefined) this.showWaived = options.showWaived;
    const wanted = computeMarkers(findings, { showWaived: this.showWaived });
    const drawnKeys = new Map([...this.drawn].map(([id, d]) => [id, d.key]));
    const { removed, changed } = diffMarkers(drawnKeys, wanted);
    for (const id of removed) this.clear(id);
    for (const [id, marker] of changed) {
      this.clear(id);
      this.draw(id, marker);
    }
  }

  /**
   * Select a finding's element and bring it to the middle of the view, zooming in when the
   * diagram is shown too small to read (model-level findings only fit the diagram).
   * Returns false when the element is not in the diagram.
   */
  reveal(elementId: string): boolean {
    const { element, modelLevel } = resolveFindingElement(this.registry, this.canvas, elementId);
    if (!element) return false;
    if (modelLevel) {
      this.selection.select(null);
      this.canvas.zoom('fit-viewport', 'auto');
      return true;
    }
    this.selection.select(element);
    const box = element.waypoints ? boundsOf(element.waypoints) : { x: element.x ?? 0, y: element.y ?? 0, width: element.width ?? 0, height: element.height ?? 0 };
    if (this.canvas.zoom() < MIN_READABLE_ZOOM) this.canvas.zoom(MIN_READABLE_ZOOM);
    const vb = this.canvas.viewbox();
    this.canvas.viewbox({ x: box.x + box.width / 2 - vb.width / 2, y: box.y + box.height / 2 - vb.height / 2, width: vb.width, height: vb.height });
    return true;
  }

  /** The app's reaction to a badge click (e.g. open the findings panel); `undefined` removes it. */
  onBadgeClick(handler: BadgeClickHandler | undefined): void {
    this.badgeHandler = handler;
  }

  /** True when the id names the whole model (the definitions or the diagram's root). */
  isModelLevel(elementId: string): boolean {
    return resolveFindingElement(this.registry, this.canvas, elementId).modelLevel;
  }

  /** The findings last handed to `setFindings`. */
  findings(): readonly Finding[] {
    return this.lastFindings;
  }

  /** Number of elements currently marked (for tests and diagnostics). */
  markedCount(): number {
    return this.drawn.size;
  }

  private clear(elementId: string): void {
    const d = this.drawn.get(elementId);
    if (!d) return;
    this.drawn.delete(elementId);
    if (!this.registry.get(d.shapeId)) return;
    for (const cls of CLASSES) this.canvas.removeMarker(d.shapeId, cls);
    this.overlays.remove({ element: d.shapeId, type: OVERLAY_TYPE });
  }

  private draw(elementId: string, marker: ElementMarker): void {
    const { element, modelLevel } = resolveFindingElement(this.registry, this.canvas, elementId);
    if (!element || modelLevel) return;
    this.canvas.addMarker(element, marker.severity ? `gpm-lint-${marker.severity}` : 'gpm-lint-waived');
    const isConnection = !!element.waypoints;
    this.overlays.add(element, OVERLAY_TYPE, {
      position: isConnection ? { top: -10, left: -10 } : { top: -9, right: 9 },
      // zoomed far out the badges would cover the shapes; the coloured outlines stay
      show: { minZoom: BADGE_MIN_ZOOM },
      html: this.badge(elementId, marker)
    });
    this.drawn.set(elementId, { key: markerKey(marker), shapeId: element.id });
  }

  private badge(elementId: string, marker: ElementMarker): HTMLElement {
    const el = document.createElement('div');
    el.className = `gpm-lint-badge ${marker.severity ? `gpm-lint-badge-${marker.severity}` : 'gpm-lint-badge-waived'}`;
    el.textContent = marker.open ? String(marker.open) : LINT_MARKER_TEXTS.waivedSymbol;
    el.title = LINT_MARKER_TEXTS.badgeTitle(marker.open, marker.waived);
    el.setAttribute('data-lint-element', elementId);
    el.addEventListener('click', (e) => {
      e.stopPropagation();
      const { element } = resolveFindingElement(this.registry, this.canvas, elementId);
      if (element) this.selection.select(element);
      this.eventBus.fire(LINT_BADGE_CLICK_EVENT, { elementId });
      this.badgeHandler?.(elementId);
    });
    return el;
  }
}
