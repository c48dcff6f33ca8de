/**
 * German texts of the convention features in the editor and the library (findings panel, rule
 * explanations, waivers, profile, Prüfprotokoll, district overview) — one place to translate.
 * Category, severity and profile names come from the shared report texts so that panel, report
 * and CLI use the same words.
 */
import type { Severity } from '../../../domain/model/finding';
import { PROFILE_LABELS, PROFILES } from '../../../linting/profiles';
import { CATEGORY_LABELS, SEVERITY_LABELS, SEVERITY_LABELS_PLURAL } from '../../../linting/report/reportTexts';

export { CATEGORY_LABELS, PROFILE_LABELS, PROFILES, SEVERITY_LABELS, SEVERITY_LABELS_PLURAL };

/** "2 Fehler", "1 Warnung", "3 Hinweise". */
export function countLabel(n: number, severity: Severity): string {
  return `${n} ${n === 1 ? SEVERITY_LABELS[severity] : SEVERITY_LABELS_PLURAL[severity]}`;
}

export const FINDINGS_TEXTS = {
  tab: (n: number) => `Befunde (${n})`,
  tabTitle: 'Befunde der Konventionsprüfung',
  profile: 'Prüfprofil',
  profileFollows: (modellart: string) => `folgt der Modellart (${modellart})`,
  restrictPalette: 'Palette auf erlaubte Elemente beschränken',
  restrictPaletteHint: (level: string) => `Blendet Elemente aus, die das Profil nicht erlaubt (${level}).`,
  noRestriction: 'Dieses Profil schränkt die Palette nicht ein.',
  checking: 'Prüft …',
  checkedIn: (ms: number, via: 'main' | 'worker') => `geprüft in ${Math.round(ms)} ms${via === 'worker' ? ' (im Hintergrund)' : ''}`,
  notChecked: 'Noch nicht geprüft.',
  waivedShort: 'Ausnahme',
  filters: 'Befunde filtern',
  waivedCount: (n: number) => `${n} Ausnahme${n === 1 ? '' : 'n'}`,
  noOpen: 'Keine offenen Befunde – das Modell entspricht dem Prüfprofil.',
  noneMatching: 'Keine Befunde für diese Filter.',
  groupBy: 'Gruppieren nach',
  groupByCategory: 'nach Kategorie',
  groupBySeverity: 'nach Schweregrad',
  filterSeverity: 'Schweregrade',
  filterCategory: 'Kategorie',
  allCategories: 'alle Kategorien',
  showWaived: 'Ausnahmen zeigen',
  onlySelection: 'Nur ausgewähltes Element',
  modelLevel: 'Modell',
  unnamed: (id: string) => `ohne Namen (${id})`,
  show: 'Im Diagramm zeigen',
  explain: 'Regel erklären',
  explainShort: 'Regel',
  waive: 'Ausnahme …',
  waiveTitle: 'Befund als begründete Ausnahme akzeptieren',
  withdraw: 'Ausnahme zurücknehmen',
  waivedBy: (author?: string, date?: string) => ['Ausnahme', author ? `von ${author}` : '', date ? `am ${date}` : ''].filter(Boolean).join(' '),
  ruleErrorHint: 'Eine Regel ist abgebrochen; das ist ein Fehler der Regel, nicht des Modells.',
  workerFailed: 'Die Prüfung ist fehlgeschlagen:',
  report: 'Prüfprotokoll …'
} as const;

export const WAIVER_TEXTS = {
  title: 'Begründete Ausnahme',
  intro: 'Der Befund wird akzeptiert und nicht mehr als offen gezählt. Die Ausnahme wird im Modell gespeichert (gpm:waiver) und erscheint im Prüfprotokoll.',
  rule: 'Regel',
  element: 'Element',
  finding: 'Befund',
  reason: 'Begründung (Pflicht)',
  reasonPlaceholder: 'z. B. Abweichung mit der Fachbereichsleitung am 12.03. abgestimmt, weil …',
  reasonRequired: 'Bitte geben Sie eine Begründung an.',
  author: 'Ihr Name',
  authorHint: 'Wird als Verfasser/in der Ausnahme gespeichert (und für weitere Ausnahmen gemerkt).',
  cancel: 'Abbrechen',
  confirm: 'Ausnahme speichern',
  notPossible: 'Für dieses Element kann keine Ausnahme gespeichert werden.'
} as const;

export const RULE_DOC_TEXTS = {
  loading: 'Erklärung wird geladen …',
  missing: 'Zu dieser Regel gibt es noch keine ausführliche Erklärung.',
  severityIn: 'Schweregrad je Profil',
  off: 'aus',
  close: 'Schließen',
  why: 'Warum?'
} as const;

/** The district × category overview and background checks in the library. */
export const DISTRICT_TEXTS = {
  title: 'Befunde je Bezirk und Kategorie',
  summary: (n: number) => `Befunde je Bezirk und Kategorie (${n} offene Fehler und Warnungen)`,
  district: 'Organisationseinheit',
  total: 'Summe',
  notYet: 'Die Varianten werden noch geprüft …',
  allClean: 'Keine offenen Fehler oder Warnungen in den geprüften Varianten.',
  cell: (n: number, district: string, category: string) => `${n} offene Fehler/Warnungen der Kategorie „${category}“ in ${district}`,
  checking: (done: number, total: number) => `Prüfe Varianten im Hintergrund … ${done}/${total}`,
  report: 'Prüfprotokoll …'
} as const;
