import { appError, type AppError } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';

/**
 * Cheap checks on the raw text before any XML parser sees it. Policy: refuse what we cannot
 * open safely (DOCTYPE/ENTITY declarations are never expanded — we do not even parse them),
 * refuse files above the size limit, and say precisely why.
 */

/** Largest BPMN file we import: 25 MB of text (a 5,000-node model is about 4 MB). */
export const MAX_BPMN_BYTES = 25 * 1024 * 1024;

const BINARY_SIGNATURES: Array<[string, string]> = [
  ['PK\u0003\u0004', 'ZIP'],
  ['%PDF', 'PDF'],
  ['\u0089PNG', 'PNG'],
  ['GIF8', 'GIF'],
  ['\u00ff\u00d8\u00ff', 'JPEG']
];

/** Root element name (with prefix) of an XML text, skipping the declaration, comments and PIs. */
export function findRootElementName(text: string): string | undefined {
  const re = /<([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)[\s/>]/g;
  let pos = 0;
  // skip prolog items: <?...?>, <!--...-->
  for (;;) {
    const next = text.indexOf('<', pos);
    if (next < 0) return undefined;
    if (text.startsWith('<?', next)) {
      const end = text.indexOf('?>', next);
      if (end < 0) return undefined;
      pos = end + 2;
      continue;
    }
    if (text.startsWith('<!--', next)) {
      const end = text.indexOf('-->', next);
      if (end < 0) return undefined;
      pos = end + 3;
      continue;
    }
    re.lastIndex = next;
    const m = re.exec(text);
    return m && m.index === next ? m[1] : undefined;
  }
}

/**
 * Check the raw text of a would-be BPMN file.
 * @param text file content (already decoded)
 * @param fileName shown in messages
 * @param byteSize size on disk, if known (falls back to the text length)
 */
export function validateXmlText(text: string, fileName: string, byteSize = text.length): Result<string, AppError> {
  // 1. size
  if (byteSize > MAX_BPMN_BYTES) {
    return err(appError('import/too-large', {
      file: fileName,
      sizeMb: (byteSize / 1024 / 1024).toFixed(1),
      limitMb: String(MAX_BPMN_BYTES / 1024 / 1024)
    }));
  }
  // 2. empty
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().length === 0) return err(appError('import/empty', { file: fileName }));

  // 3. binary
  for (const [sig, kind] of BINARY_SIGNATURES) {
    if (body.startsWith(sig)) return err(appError('import/binary', { file: fileName, kind }));
  }
  if (body.slice(0, 1024).includes('\u0000')) return err(appError('import/binary', { file: fileName, kind: 'binär' }));

  // 4. looks like XML at all
  const first = body.trimStart()[0];
  if (first !== '<') {
    return err(appError('import/not-xml', { file: fileName, reason: 'der Inhalt beginnt nicht mit „<“' }));
  }

  // 5. DOCTYPE / ENTITY: refused, never expanded
  if (/<!DOCTYPE/i.test(body) || /<!ENTITY/i.test(body)) {
    return err(appError('import/doctype', { file: fileName }));
  }

  // 6. root element
  const root = findRootElementName(body);
  if (!root) return err(appError('import/not-xml', { file: fileName, reason: 'kein Wurzelelement gefunden' }));
  const local = root.includes(':') ? root.split(':')[1] : root;
  if (local !== 'definitions') {
    return err(appError('import/not-bpmn', { file: fileName, root }));
  }
  return ok(body);
}
