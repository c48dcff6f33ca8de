import { layoutProcess } from 'bpmn-auto-layout';
import { appError, type AppError } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { createModdle, type ModdleElement } from './moddle';

/**
 * Give a model without diagram information a layout with `bpmn-auto-layout`, or say why not.
 * bpmn-auto-layout draws only the first pool's process (no lanes, message flows, annotations);
 * with several pools that have content, most of the model would stay invisible — we refuse then.
 */
export async function layoutMissingDiagram(xml: string, fileName: string): Promise<Result<string, AppError>> {
  try {
    const { rootElement } = await createModdle().fromXML(xml, 'bpmn:Definitions');
    const roots = (rootElement.rootElements as ModdleElement[] | undefined) ?? [];
    const collaboration = roots.find((r) => r.$type === 'bpmn:Collaboration');
    const poolsWithContent = ((collaboration?.participants as ModdleElement[] | undefined) ?? []).filter((p) => {
      const proc = p.processRef as ModdleElement | undefined;
      return proc && ((proc.flowElements as ModdleElement[] | undefined) ?? []).length > 0;
    });
    if (poolsWithContent.length > 1) {
      return err(appError('import/no-diagram-layout-failed', {
        file: fileName,
        reason: `Das Modell hat ${poolsWithContent.length} Pools mit Inhalt; das automatische Layout kann nur einen Prozess anordnen. Bitte die Datei im Ursprungswerkzeug mit Diagramm exportieren.`
      }));
    }
    const laidOut = await layoutProcess(xml);
    return ok(laidOut);
  } catch (e) {
    return err(appError('import/no-diagram-layout-failed', { file: fileName, reason: e instanceof Error ? e.message : String(e) }, e));
  }
}
