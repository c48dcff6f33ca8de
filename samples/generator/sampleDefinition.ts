import type { BuildOptions } from '../../src/bpmn/layout/buildBpmnXml';
import type { Modellart } from '../../src/domain/model/gpmAttributes';
import type { ProcessSpec } from '../../src/domain/model/processSpec';

/** One sample model: where it goes, how `samples/index.json` lists it, and its spec. */
export interface SampleDefinition {
  /** Path below `samples/`, e.g. `wohngeld/wohngeld-ist-neukoelln.bpmn`. */
  file: string;
  /** The public service (groups the variants in the library). */
  process: string;
  organisationseinheit: string;
  modellart: Modellart;
  /** Short German description for the library. */
  description: string;
  spec: ProcessSpec;
  /** Layout slips drawn into the sample on purpose (moved or resized shapes). */
  adjustLayout?: BuildOptions['adjustLayout'];
}

/** An entry of `samples/index.json`, the list the app loads samples from. */
export interface SampleIndexEntry {
  file: string;
  process: string;
  organisationseinheit: string;
  modellart: Modellart;
  description: string;
}

/** The index entry of a sample. */
export function indexEntry(sample: SampleDefinition): SampleIndexEntry {
  const { file, process, organisationseinheit, modellart, description } = sample;
  return { file, process, organisationseinheit, modellart, description };
}
