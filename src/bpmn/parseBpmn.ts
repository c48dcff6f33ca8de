import { appError, type AppError } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { ProcessGraph } from '../domain/model/processGraph';
import { createModdle, type ModdleElement } from './moddle';
import { findRootElementName, validateXmlText } from './validateXmlText';
import { toProcessGraph } from './toProcessGraph';

/** A BPMN file that passed every check: its moddle tree, its graph and parser warnings. */
export interface ParsedBpmn {
  xml: string;
  definitions: ModdleElement;
  graph: ProcessGraph;
  /** Non-fatal parser warnings (unknown elements, unresolved references), in German. */
  warnings: string[];
}

export interface ParseOptions {
  /** Size in bytes of the file, when known. */
  byteSize?: number;
  /** Accept models without diagram information (the caller lays them out). Default false. */
  allowMissingDiagram?: boolean;
}

/**
 * Parse and check a BPMN file. Every expected failure comes back as a German `AppError` naming
 * the file and the reason; nothing is thrown for bad input.
 */
export async function parseBpmn(text: string, fileName: string, options: ParseOptions = {}): Promise<Result<ParsedBpmn, AppError>> {
  const checked = validateXmlText(text, fileName, options.byteSize);
  if (!checked.ok) return checked;
  const xml = checked.value;

  let definitions: ModdleElement;
  let warnings: string[];
  try {
    const result = await createModdle().fromXML(xml, 'bpmn:Definitions');
    definitions = result.rootElement;
    warnings = result.warnings.map((w) => translateWarning(w.message));
  } catch (e) {
    return err(classifyParseError(e, xml, fileName));
  }
  if (!definitions || definitions.$type !== 'bpmn:Definitions') {
    return err(appError('import/not-bpmn', { file: fileName, root: findRootElementName(xml) ?? '?' }));
  }

  const roots = (definitions.rootElements as ModdleElement[] | undefined) ?? [];
  if (!roots.some((r) => r.$type === 'bpmn:Process' || r.$type === 'bpmn:Collaboration')) {
    return err(appError('import/no-process', { file: fileName }));
  }

  let graph: ProcessGraph;
  try {
    graph = toProcessGraph(definitions);
  } catch (e) {
    return err(appError('import/invalid-bpmn', { file: fileName, reason: e instanceof Error ? e.message : String(e) }, e));
  }

  if (!graph.hasDiagram && !options.allowMissingDiagram) {
    return err(appError('import/no-diagram', { file: fileName }));
  }
  return ok({ xml, definitions, graph, warnings });
}

function classifyParseError(e: unknown, xml: string, fileName: string): AppError {
  const message = e instanceof Error ? e.message : String(e);
  if (/unparsable content/.test(message)) {
    const line = /line:\s*(\d+)/.exec(message)?.[1];
    const column = /column:\s*(\d+)/.exec(message)?.[1];
    const nested = /nested error:\s*(.+)/.exec(message)?.[1] ?? '';
    const where = line !== undefined ? ` in Zeile ${Number(line) + 1}, Spalte ${column}` : '';
    return appError('import/not-xml', { file: fileName, reason: `kein wohlgeformtes XML${where}${nested ? `: ${translateSax(nested)}` : ''}` }, e);
  }
  if (/failed to parse document as/.test(message)) {
    return appError('import/not-bpmn', { file: fileName, root: findRootElementName(xml) ?? '?' }, e);
  }
  return appError('import/invalid-bpmn', { file: fileName, reason: message.split('\n')[0] }, e);
}

const SAX_DE: Record<string, string> = {
  'missing start tag': 'Starttag fehlt',
  'unexpected end of file': 'unerwartetes Dateiende',
  'closing tag mismatch': 'schließendes Tag passt nicht',
  'unclosed tag': 'Tag nicht geschlossen',
  'unexpected whitespace in tag name': 'Leerzeichen im Tag-Namen'
};

function translateSax(nested: string): string {
  return SAX_DE[nested.trim()] ?? nested.trim();
}

/** Moddle warnings in German (the English original stays in brackets for support). */
export function translateWarning(message: string): string {
  const first = message.split('\n')[0];
  if (/unresolved reference <([^>]+)>/.test(first)) return `Verweis auf nicht vorhandenes Element ${/<([^>]+)>/.exec(first)?.[1]} ignoriert`;
  if (/unknown type <([^>]+)>/.test(first)) return `Unbekannter Elementtyp ${/<([^>]+)>/.exec(first)?.[1]} ignoriert`;
  if (/unparsable content/.test(first)) return `Nicht lesbarer Inhalt ignoriert (${first})`;
  return first;
}
