/**
 * German texts of the compare slice and service (status, failures, notifications), in one place
 * so that a translation has one file to change. The page's own labels live in
 * `src/ui/features/compare/compareTexts.ts`.
 */
export const COMPARE_MESSAGES = {
  workerFailed: (reason: string) => `Der Vergleich im Hintergrund ist fehlgeschlagen: ${reason}`,
  internal: (reason: string) => `Der Vergleich ist unerwartet abgebrochen: ${reason}`,
  serviceMissing: 'Der Vergleich ist in dieser Umgebung nicht verfügbar.',
  processMissing: 'Der Prozess wurde nicht gefunden (evtl. gelöscht).',
  tooFewChosen: 'Bitte wählen Sie mindestens zwei Varianten für den Vergleich aus.',
  variantUnreadable: (name: string, reason: string) => `„${name}“ kann nicht verglichen werden und bleibt außen vor: ${reason}`,
  decisionSaved: 'Entscheidung gespeichert.',
  decisionWithdrawn: 'Entscheidung zurückgenommen.',
  sollCreated: (name: string) => `SOLL-Variante „${name}“ wurde angelegt.`,
  sollOrganisationseinheit: 'Alle Bezirksämter (SOLL-Vorschlag)',
  sollComment: (k: number, n: number) => `SOLL-Vorschlag aus dem Variantenvergleich: Schritte, die mindestens ${k} von ${n} Varianten enthalten`,
  noComparison: 'Es liegt noch kein Vergleichsergebnis vor.',
  revisionsMissing: 'Bitte wählen Sie zwei Versionen aus.'
} as const;
