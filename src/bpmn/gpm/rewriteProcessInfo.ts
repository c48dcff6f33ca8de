import type { ProcessAttributes } from '../../domain/model/gpmAttributes';
import { createModdle, type ModdleElement } from '../moddle';
import { ensureGpm } from './gpmExtension';

/** The process carrying the model's Steckbrief: the first with `gpm:processInfo`, else the first pool's, else the first. */
export function mainProcess(definitions: ModdleElement): ModdleElement | undefined {
  const roots = (definitions.rootElements as ModdleElement[] | undefined) ?? [];
  const processes = roots.filter((r) => r.$type === 'bpmn:Process');
  const withInfo = processes.find((p) => ((p.extensionElements as ModdleElement | undefined)?.values as ModdleElement[] | undefined)?.some((v) => v.$type === 'gpm:ProcessInfo'));
  if (withInfo) return withInfo;
  const collaboration = roots.find((r) => r.$type === 'bpmn:Collaboration');
  const firstPool = ((collaboration?.participants as ModdleElement[] | undefined) ?? []).find((p) => p.processRef);
  return (firstPool?.processRef as ModdleElement | undefined) ?? processes[0];
}

/**
 * Set attributes of the model's `gpm:processInfo` (e.g. OE and Modellart of a duplicate) and
 * return the new XML; everything else, foreign extensions included, stays as it was.
 */
export async function rewriteProcessInfo(xml: string, patch: Partial<ProcessAttributes>): Promise<string> {
  const moddle = createModdle();
  const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
  const process = mainProcess(rootElement);
  if (!process) return xml;
  const info = ensureGpm(moddle, process, 'gpm:ProcessInfo');
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'rechtsgrundlagen') {
      info.rechtsgrundlagen = ((value as string[] | undefined) ?? []).map((text) => moddle.create('gpm:Rechtsgrundlage', { text }));
    } else {
      info[key] = value === '' ? undefined : value;
    }
  }
  const { xml: out } = await moddle.toXML(rootElement, { format: true, preamble: true });
  return out;
}
