/**
 * Open time: from `importXML` start until the diagram is rendered, zoomed to fit and the next
 * frame painted — for our editor exactly as `ModelerCanvas` builds it, and for a bare bpmn-js
 * Modeler on the same stage. Both zoom with the app's `fitDiagram` (fit beside the palette; the
 * same single viewbox change as bpmn-js' `zoom('fit-viewport')`). Two diagnostic variants take one part of ours away each, so a
 * missed target can be attributed (properties panel, minimap).
 */
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { createModeler } from '../../../src/bpmn/modeler/createModeler';
import { MODDLE_EXTENSIONS } from '../../../src/bpmn/moddle';
import { GermanTranslateModule } from '../../../src/bpmn/modules/german-translate';
import { GpmPropertiesModule } from '../../../src/bpmn/modules/gpm-properties';
import { fitDiagram, type FitCanvas } from '../../../src/ui/features/editor/fitDiagram';
import { modelXml } from './models';
import { createStage, nextPaint, settle, type Stage } from './stage';

/**
 * Which editor to open: ours, bare bpmn-js, and diagnostic steps between them — bare with our
 * `gpm:` moddle extension, ours without the properties panel, ours without the minimap.
 */
export type OpenVariant = 'ours' | 'bare' | 'bareGpm' | 'oursNoPanel' | 'oursNoMinimap';

/** One open, in milliseconds. */
export interface OpenSample {
  variant: OpenVariant;
  n: number;
  /** `new Modeler(…)` (module wiring, panel and minimap DOM). */
  createMs: number;
  /** `importXML` until its promise resolves. */
  importMs: number;
  /** `importXML` start until the fit zoom and the next painted frame: the figure the targets use. */
  openMs: number;
  /** User-timing marks `${mark}:start` / `${mark}:end` around `openMs`, for the runner's trace. */
  mark: string;
}

let seq = 0;

type AnyModeler = InstanceType<typeof Modeler>;

function build(variant: OpenVariant, stage: Stage): AnyModeler {
  switch (variant) {
    case 'ours':
      return createModeler({ container: stage.canvas, propertiesParent: stage.propertiesHost });
    case 'oursNoPanel':
      return createModeler({ container: stage.canvas });
    case 'bare':
      return new Modeler({ container: stage.canvas });
    case 'bareGpm':
      return new Modeler({ container: stage.canvas, moddleExtensions: MODDLE_EXTENSIONS } as ConstructorParameters<typeof Modeler>[0]);
    case 'oursNoMinimap':
      // Diagnostic only: createModeler's module list without the minimap (keep in step with it).
      return new Modeler({
        container: stage.canvas,
        keyboard: { bind: true },
        propertiesPanel: { parent: stage.propertiesHost },
        additionalModules: [GermanTranslateModule, BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, GpmPropertiesModule],
        moddleExtensions: MODDLE_EXTENSIONS
      } as ConstructorParameters<typeof Modeler>[0]);
  }
}

/** Open the `n`-node model once in a fresh modeler of `variant`, then destroy it. */
export async function openOnce(variant: OpenVariant, n: number): Promise<OpenSample> {
  const xml = await modelXml(n);
  const mark = `gpm-bench-open-${++seq}`;
  const stage = createStage();
  await settle();
  const t0 = performance.now();
  const modeler = build(variant, stage);
  const t1 = performance.now();
  performance.mark(`${mark}:start`);
  try {
    await modeler.importXML(xml);
    const t2 = performance.now();
    fitDiagram(modeler.get('canvas') as FitCanvas);
    await nextPaint();
    const t3 = performance.now();
    performance.mark(`${mark}:end`);
    return { variant, n, createMs: t1 - t0, importMs: t2 - t1, openMs: t3 - t1, mark };
  } finally {
    modeler.destroy();
    stage.remove();
  }
}
