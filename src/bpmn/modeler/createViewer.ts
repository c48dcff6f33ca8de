import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { MODDLE_EXTENSIONS } from '../moddle';
import { DiffMarkersModule } from '../modules/diff-markers';
import { GermanTranslateModule } from '../modules/german-translate';

/** A read-only bpmn-js viewer (pan/zoom) as used by the comparison views. */
export type BpmnViewer = InstanceType<typeof NavigatedViewer>;

/**
 * Create a German, read-only viewer with our `gpm:` extension and the diff markers — the one
 * place listing the viewer's modules, as `createModeler` is for the editor.
 */
export function createViewer(container: HTMLElement): BpmnViewer {
  return new NavigatedViewer({
    container,
    additionalModules: [GermanTranslateModule, DiffMarkersModule],
    moddleExtensions: MODDLE_EXTENSIONS
  } as ConstructorParameters<typeof NavigatedViewer>[0]);
}
