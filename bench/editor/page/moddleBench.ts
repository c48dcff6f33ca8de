import { BpmnModdle } from 'bpmn-moddle';
import type { Moddle } from '../../../src/bpmn/moddle';
import { modelXml } from './models';
import { settle } from './stage';

/** bpmn-moddle `fromXML` of the `n`-node model in the browser (fresh moddle, no extensions): the parsing floor under `importXML`. */
export async function fromXmlOnce(n: number): Promise<number> {
  const xml = await modelXml(n);
  await settle();
  const moddle = new BpmnModdle() as unknown as Moddle;
  const t0 = performance.now();
  await moddle.fromXML(xml);
  return performance.now() - t0;
}
