import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import MinimapModule from 'diagram-js-minimap';
import { MODDLE_EXTENSIONS } from '../moddle';
import { GermanTranslateModule } from '../modules/german-translate';
import { GpmPropertiesModule } from '../modules/gpm-properties';
import { LintMarkersModule } from '../modules/lint-markers';
import { QuickFixesModule } from '../modules/quick-fixes';
import { RestrictedPaletteModule } from '../modules/restricted-palette';
import { WaiversModule } from '../modules/waivers';

/**
 * The one place that lists our bpmn-js modules. Every modeler in the app is created here so that
 * translation, `gpm:` attributes, properties panel, minimap and the convention modules (lint markers,
 * quick fixes, waivers, restricted palette) are always the same.
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
      LintMarkersModule,
      QuickFixesModule,
      WaiversModule,
      RestrictedPaletteModule,
      ...(options.additionalModules ?? [])
    ],
    moddleExtensions: MODDLE_EXTENSIONS
  } as ConstructorParameters<typeof Modeler>[0]);
}
