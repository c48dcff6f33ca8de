/**
 * The error catalog: every expected failure has a stable code, a German message template and
 * parameters. UI, CLI and tests show `formatError(error)`; code compares `error.code`.
 */
export const ERROR_MESSAGES = {
  'import/empty': '„{file}“ ist leer und wurde nicht importiert.',
  'import/too-large':
    '„{file}“ ist {sizeMb} MB groß und überschreitet die Grenze von {limitMb} MB für BPMN-Dateien. Die Datei wurde nicht importiert.',
  'import/not-xml': '„{file}“ ist keine XML-Datei ({reason}). Die Datei wurde nicht importiert.',
  'import/doctype':
    '„{file}“ enthält eine DOCTYPE- oder ENTITY-Deklaration. Aus Sicherheitsgründen werden solche Dateien nicht geöffnet (Schutz vor XML-Entity-Angriffen).',
  'import/not-bpmn':
    '„{file}“ ist XML, aber kein BPMN-2.0-Modell (Wurzelelement „{root}“ statt „bpmn:definitions“). Die Datei wurde nicht importiert.',
  'import/invalid-bpmn': '„{file}“ ist kein gültiges BPMN-Modell: {reason}. Die Datei wurde nicht importiert.',
  'import/no-process': '„{file}“ enthält keinen Prozess und keine Kollaboration. Die Datei wurde nicht importiert.',
  'import/no-diagram':
    '„{file}“ enthält keine Diagramminformationen (BPMN-DI); ohne sie kann das Modell nicht gezeichnet werden.',
  'import/no-diagram-layout-failed':
    '„{file}“ enthält keine Diagramminformationen, und das automatische Layout war nicht möglich: {reason}',
  'import/binary': '„{file}“ ist eine Binärdatei (z. B. ZIP, PDF oder Bild), keine BPMN-Datei. Die Datei wurde nicht importiert.',
  'import/wrong-extension':
    '„{file}“ hat die Endung „{ext}“. Importiert werden BPMN-Dateien mit der Endung .bpmn oder .xml.',
  'storage/quota':
    'Der Speicherplatz des Browsers ist erschöpft. Ihre Änderungen sind nicht verloren: Das Modell bleibt geöffnet und kann als Datei exportiert werden. Geben Sie Speicher frei (z. B. Papierkorb leeren) und speichern Sie erneut.',
  'storage/failed': 'Speichern fehlgeschlagen: {reason}. Das Modell bleibt geöffnet und kann als Datei exportiert werden.',
  'storage/conflict':
    'Diese Variante wurde in einem anderen Tab oder Fenster geändert ({when}). Um nichts zu überschreiben, wurde hier nicht gespeichert.',
  'storage/unavailable': 'Der lokale Speicher (IndexedDB) ist in diesem Browser nicht verfügbar: {reason}',
  'library/not-found': '{what} wurde nicht gefunden (evtl. gelöscht).',
  'library/name-required': 'Bitte geben Sie einen Namen an.',
  'library/not-in-trash': '{what} liegt nicht im Papierkorb und kann daher nicht endgültig gelöscht werden.',
  'model/render-failed': 'Das Modell konnte nicht angezeigt werden: {reason}',
  'export/failed': 'Export fehlgeschlagen: {reason}',
  'cli/unreadable': '{file}: Datei kann nicht gelesen werden ({reason}).',
  'cli/usage': '{reason}',
  'compare/too-few': 'Für einen Vergleich werden mindestens zwei Varianten benötigt.',
  'lint/rule-error': 'Regel „{rule}“ ist bei der Prüfung abgebrochen: {reason}',
  'lint/worker-failed': 'Die Konventionsprüfung im Hintergrund ist fehlgeschlagen: {reason}'
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** An expected failure: stable code, parameters for the German message, optional cause. */
export interface AppError {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cause?: unknown;
}

/** Build an `AppError`. */
export function appError(code: ErrorCode, params: Record<string, string | number> = {}, cause?: unknown): AppError {
  return { code, params, cause };
}

/** The German message for an error, parameters filled in. */
export function formatError(error: AppError): string {
  const template: string = ERROR_MESSAGES[error.code] ?? error.code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = error.params[key];
    return v === undefined ? `{${key}}` : String(v);
  });
}

/** True when `value` looks like an `AppError` (e.g. after a structured clone from a worker). */
export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'params' in value &&
    typeof (value as AppError).code === 'string' && (value as AppError).code in ERROR_MESSAGES;
}
