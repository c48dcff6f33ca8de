import type { ProcessSpec } from '../../domain/model/processSpec';
import { createModdle, type ModdleElement } from '../moddle';
import { layoutProcess } from './layoutProcess';
import type { ProcessLayout } from './layoutTypes';
import { writeDiagram } from './writeDiagram';
import { writeSemantics } from './writeSemantics';

/** Options of `buildBpmnXml`. */
export interface BuildOptions {
  /**
   * Change the computed geometry before it is written — e.g. to reproduce a hand-drawn slip
   * (a resized or misplaced shape) in a sample. Receives the layout and may mutate it.
   */
  adjustLayout?: (layout: ProcessLayout, spec: ProcessSpec) => void;
}

/**
 * Build the moddle tree (semantics, `gpm:` attributes and complete DI) of a spec. The spec must be
 * well-formed (unique XML ids, flows between existing nodes); violations throw, as they are bugs.
 */
export function buildBpmnDefinitions(spec: ProcessSpec, options: BuildOptions = {}): ModdleElement {
  const moddle = createModdle();
  const semantics = writeSemantics(moddle, spec);
  const layout = layoutProcess(spec);
  options.adjustLayout?.(layout, spec);
  writeDiagram(moddle, semantics, layout);
  return semantics.definitions;
}

/**
 * Turn a `ProcessSpec` into a formatted BPMN 2.0 XML string with one collaboration (main pool with
 * lanes, black-box pools above, message flows), laid out left to right. Deterministic.
 */
export async function buildBpmnXml(spec: ProcessSpec, options: BuildOptions = {}): Promise<string> {
  const definitions = buildBpmnDefinitions(spec, options);
  const { xml } = await createModdle().toXML(definitions, { format: true, preamble: true });
  return xml;
}
