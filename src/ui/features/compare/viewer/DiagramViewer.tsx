import { useEffect, useRef, useState } from 'react';
import { createViewer, type BpmnViewer } from '../../../../bpmn/modeler/createViewer';
import type { DiffMarkers, MarkerMap } from '../../../../bpmn/modules/diff-markers';
import '../../../../bpmn/modules/diff-markers/diffMarkers.css';
import { TEXTS } from '../compareTexts';

/**
 * The one read-only bpmn-js viewer of the compare page (navigable: drag to pan, wheel to zoom),
 * German, with the diff-markers module. It creates the viewer once, imports the XML per
 * `modelKey`, applies markers and badges, mirrors a programmatic selection (scrolling it into
 * view) and reports the user's clicks; it removes every listener and destroys the viewer on
 * unmount.
 */
export interface DiagramViewerProps {
  xml: string;
  /** Changes when another model must be imported. */
  modelKey: string;
  markers: MarkerMap;
  badges?: ReadonlyMap<string, string>;
  /** Elements to select (e.g. the partners of the other side's selection). */
  selectedIds?: readonly string[];
  /** The user selected elements on this canvas. */
  onSelect?(ids: string[]): void;
  label: string;
  testId?: string;
}

interface Shape {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CanvasApi {
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
  viewbox(): { x: number; y: number; width: number; height: number };
  scrollToElement(element: Shape, padding?: number): void;
  resized(): void;
}

interface EventBusApi {
  on(event: string, fn: (e: unknown) => void): void;
  off(event: string, fn: (e: unknown) => void): void;
}

type Viewer = BpmnViewer;

/** Zoom to show the whole diagram, never above 100 %. */
function fit(canvas: CanvasApi): void {
  canvas.zoom('fit-viewport', 'auto');
  if (canvas.zoom() > 1) canvas.zoom(1, 'auto');
}

function isVisible(canvas: CanvasApi, s: Shape): boolean {
  const v = canvas.viewbox();
  return s.x >= v.x && s.y >= v.y && s.x + s.width <= v.x + v.width && s.y + s.height <= v.y + v.height;
}

/** Read-only diagram with comparison markers. */
export function DiagramViewer(props: DiagramViewerProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<Viewer | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const programmatic = useRef(false);
  const [importedKey, setImportedKey] = useState<string>();
  const [error, setError] = useState<string>();

  // create / destroy
  useEffect(() => {
    if (!containerRef.current) return;
    const viewer = createViewer(containerRef.current);
    viewerRef.current = viewer;
    const eventBus = viewer.get('eventBus') as EventBusApi;
    const onSelection = (e: unknown) => {
      if (programmatic.current) return;
      const ids = ((e as { newSelection?: Shape[] }).newSelection ?? []).map((s) => s.id);
      propsRef.current.onSelect?.(ids);
    };
    eventBus.on('selection.changed', onSelection);
    const observer = new ResizeObserver(() => (viewer.get('canvas') as CanvasApi).resized());
    observer.observe(containerRef.current);
    return () => {
      observer.disconnect();
      eventBus.off('selection.changed', onSelection);
      viewer.destroy();
      viewerRef.current = null;
    };
  }, []);

  // import per model
  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer) return;
    let cancelled = false;
    setImportedKey(undefined);
    viewer
      .importXML(props.xml)
      .then(() => {
        if (cancelled) return;
        fit(viewer.get('canvas') as CanvasApi);
        setError(undefined);
        setImportedKey(props.modelKey);
      })
      .catch((e: Error) => {
        if (!cancelled) setError(e.message);
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.modelKey]);

  // markers and badges
  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer || importedKey !== props.modelKey) return;
    (viewer.get('diffMarkers') as DiffMarkers).setMarkers(props.markers, props.badges);
  }, [importedKey, props.modelKey, props.markers, props.badges]);

  // programmatic selection (synchronised selection, "show in diagram")
  const selectedKey = (props.selectedIds ?? []).join('\u0001');
  useEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer || importedKey !== props.modelKey || props.selectedIds === undefined) return;
    const registry = viewer.get('elementRegistry') as { get(id: string): Shape | undefined };
    const selection = viewer.get('selection') as { select(e: Shape[] | null): void };
    const canvas = viewer.get('canvas') as CanvasApi;
    const shapes = props.selectedIds.map((id) => registry.get(id)).filter((s): s is Shape => !!s);
    programmatic.current = true;
    try {
      selection.select(shapes.length ? shapes : null);
    } finally {
      programmatic.current = false;
    }
    if (shapes[0] && !isVisible(canvas, shapes[0])) canvas.scrollToElement(shapes[0], 80);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [importedKey, props.modelKey, selectedKey]);

  return (
    <div className="diagram-viewer" role="group" aria-label={props.label} data-testid={props.testId}>
      <div className="diagram-canvas" ref={containerRef} data-model-key={importedKey ?? ''} />
      {error && (
        <p className="banner error" role="alert">
          {TEXTS.viewer.renderFailed(error)}
        </p>
      )}
    </div>
  );
}
