import { parseBpmn } from '../bpmn/parseBpmn';
import { layoutMissingDiagram } from '../bpmn/layoutMissingDiagram';
import { rewriteProcessInfo } from '../bpmn/gpm/rewriteProcessInfo';
import type { LibraryServices } from '../persistence/createRepositories';
import { ok } from '../shared/result';
import type { AppServices } from '../state/services';
import { createBlankModel } from './blankModel';
import { createCompareService } from './compareServices';
import { createLintService } from './createLintService';
import { loadSampleFiles } from './loadSampleFiles';

/** Wire the real implementations behind the store's service interface. */
export function createServices(library: LibraryServices, tabId: string): AppServices {
  return {
    library,
    parse: async (text, fileName, options) => {
      const r = await parseBpmn(text, fileName, options);
      if (!r.ok) return r;
      const { xml, graph, warnings } = r.value;
      return ok({ xml, name: graph.name, attributes: graph.attributes, elementCount: graph.elementCount, hasDiagram: graph.hasDiagram, warnings });
    },
    layoutMissingDiagram,
    blankModel: createBlankModel,
    rewriteProcessInfo,
    loadSamples: loadSampleFiles,
    lint: createLintService(),
    compare: createCompareService(),
    tabId,
    now: () => new Date()
  };
}
