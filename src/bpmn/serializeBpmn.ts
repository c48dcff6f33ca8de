import { createModdle, type ModdleElement } from './moddle';

/** Serialise a moddle definitions tree as formatted BPMN XML (foreign extensions preserved). */
export async function serializeBpmn(definitions: ModdleElement): Promise<string> {
  const { xml } = await createModdle().toXML(definitions, { format: true, preamble: true });
  return xml;
}
