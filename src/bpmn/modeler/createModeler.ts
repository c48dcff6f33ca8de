import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import MinimapModule from 'diagram-js-minimap';
import { MODDLE_EXTENSIONS } from '../moddle';
import { GermanTranslateModule } from '../modules/german-translate';
import { GpmPropertiesModule } from '../modules/gpm-properties';

/**
 * The one place that lists our bpmn-js modules. Every modeler in the app is created here so that
 * translation, `gpm:` attributes, properties panel and minimap are always the same.
 */
export interface CreateModelerOptions {
  container: HTMLElement;
  propertiesParent?: HTMLElement;
  /** Extra diagram-js modules (lint markers, diff markers, restricted palette). */
  additionalModules?: unknown[];
}

export type BpmnModeler = InstanceType<typeof Modeler>;

/** Create a German bpmn-js modeler with our modules. */
export function createModeler(options: CreateModelerOptions): BpmnModeler {
  return new Modeler({
    container: options.container,
    keyboard: { bind: true },
    propertiesPanel: options.propertiesParent ? { parent: options.propertiesParent } : undefined,
    additionalModules: [
      GermanTranslateModule,
      ...(options.propertiesParent ? [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, GpmPropertiesModule] : []),
      MinimapModule,
      ...(options.additionalModules ?? [])
    ],
    moddleExtensions: MODDLE_EXTENSIONS
  } as ConstructorParameters<typeof Modeler>[0]);
}
