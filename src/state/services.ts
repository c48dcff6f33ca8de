import type { LibraryServices } from '../persistence/createRepositories';
import type { AppError } from '../shared/errors';
import type { Result } from '../shared/result';
import type { ProcessAttributes } from '../domain/model/gpmAttributes';
import type { LintService } from './lintService';
import type { CompareService } from './compareService';

/**
 * What the store needs from the outside world; the composition root (`src/app/`) builds it.
 * The store depends on these types only, never on Dexie, bpmn-js or the DOM.
 */
export interface ParsedFileSummary {
  xml: string;
  name: string;
  attributes: ProcessAttributes;
  elementCount: number;
  hasDiagram: boolean;
  warnings: string[];
}

export interface SampleFile {
  key: string;
  file: string;
  processName: string;
  organisationseinheit: string;
  modellart: 'IST' | 'SOLL';
  description: string;
  xml: string;
}

export interface AppServices {
  library: LibraryServices;
  /** Parse and check a BPMN text (German errors naming the file). */
  parse(text: string, fileName: string, options?: { byteSize?: number; allowMissingDiagram?: boolean }): Promise<Result<ParsedFileSummary, AppError>>;
  /** Add diagram information to a model without any (bpmn-auto-layout), or say why not. */
  layoutMissingDiagram(xml: string, fileName: string): Promise<Result<string, AppError>>;
  /** The blank model of a new variant. */
  blankModel(input: { processName: string; organisationseinheit: string; modellart: 'IST' | 'SOLL'; prozessschluessel?: string }): Promise<string>;
  /** Rewrite the `gpm:processInfo` of a model (duplicate to SOLL or to another district). */
  rewriteProcessInfo(xml: string, patch: Partial<ProcessAttributes>): Promise<string>;
  /** The sample models shipped with the workbench. */
  loadSamples(): Promise<SampleFile[]>;
  /** Convention checks: lint on the main thread or in a worker, rule metadata, reports. */
  lint: LintService;
  /** Variant comparison: parse and match off the main thread, revision diffs, SOLL models. */
  compare?: CompareService;
  /** Id of this browser tab (draft conflict detection). */
  tabId: string;
  now(): Date;
}
