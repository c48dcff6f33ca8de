/** The part of the diagram-js canvas API we use for fitting. */
export interface FitCanvas {
  viewbox(box?: { x: number; y: number; width: number; height: number }): {
    inner: { x: number; y: number; width: number; height: number };
    outer: { width: number; height: number };
  };
}

/** Space kept free on the left for the palette, in screen pixels. */
const PALETTE_SPACE = 130;
const MARGIN = 24;

/**
 * Zoom so the whole diagram is visible next to the palette (bpmn-js' own `fit-viewport` lets the
 * palette cover the start of the process), never above 100 %.
 */
export function fitDiagram(canvas: FitCanvas): void {
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height || !outer.width || !outer.height) return;
  const scale = Math.min((outer.width - PALETTE_SPACE - MARGIN) / inner.width, (outer.height - 2 * MARGIN) / inner.height, 1);
  const width = outer.width / scale;
  const height = outer.height / scale;
  const freeX = width - inner.width - PALETTE_SPACE / scale;
  canvas.viewbox({
    x: inner.x - PALETTE_SPACE / scale - Math.max(0, freeX) / 2,
    y: inner.y - (height - inner.height) / 2,
    width,
    height
  });
}
