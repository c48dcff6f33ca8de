/**
 * German texts of the Prüfprotokoll screens; the report's own words (score, sections, labels)
 * come from the shared report texts so that the app and the exported files say the same.
 */
import type { Severity } from '../../../domain/model/finding';
import { SEVERITY_LABELS, SEVERITY_LABELS_PLURAL } from '../../../linting/report/reportTexts';

export { CATEGORY_LABELS, REPORT_TEXTS, SEVERITY_LABELS } from '../../../linting/report/reportTexts';

/** "1 Warnung", "3 Warnungen". */
export const severityCount = (n: number, s: Severity): string => `${n} ${n === 1 ? SEVERITY_LABELS[s] : SEVERITY_LABELS_PLURAL[s]}`;

export const REPORT_UI_TEXTS = {
  dialogTitle: 'Prüfprotokoll',
  processDialogTitle: (process: string) => `Prüfprotokoll für „${process}“`,
  reportTitle: (process: string) => `Prüfprotokoll – ${process}`,
  compareWith: 'Vergleichen mit',
  noComparison: 'keinem früheren Stand',
  chooseVariants: 'Varianten auswählen',
  create: 'Prüfprotokoll erstellen',
  creating: 'Wird erstellt …',
  recreate: 'Neu erstellen',
  exportHtml: 'Als HTML exportieren',
  exportCsv: 'Als CSV exportieren',
  printHint: 'Die HTML-Datei lässt sich im Browser als PDF drucken.',
  close: 'Schließen',
  noneSelected: 'Bitte mindestens eine Variante auswählen.',
  scoreHow: 'Wie wird der Konformitätsgrad berechnet?',
  checkedElements: (n: number) => `${n} geprüfte Elemente`,
  failed: 'Das Prüfprotokoll konnte nicht erstellt werden:',
  notYetChecked: 'Das Modell wird noch geprüft – bitte einen Moment warten.',
  newBadge: 'neu',
  newCount: (n: number) => `${n} neu`,
  fixedCount: (n: number) => `${n} behoben`,
  unchangedCount: (n: number) => `${n} unverändert`
} as const;
