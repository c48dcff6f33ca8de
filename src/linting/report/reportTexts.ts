/**
 * German texts of the reviewer report (Prüfprotokoll), shared by the app, the HTML and CSV
 * exports and the CLI, so that one place can be translated.
 */
import type { RuleCategory, Severity } from '../../domain/model/finding';

/** How the compliance score is computed — shown next to every score. Keep in sync with `complianceScore.ts`. */
export const SCORE_DEFINITION_DE =
  'Konformitätsgrad = Anteil der geprüften Elemente ohne offene Befunde. Geprüft werden alle Elemente, ' +
  'zu denen es Befunde geben kann (Aktivitäten, Ereignisse, Gateways, Sequenz- und Nachrichtenflüsse, Pools, ' +
  'Lanes, Datenobjekte, Anmerkungen) sowie das Modell als Ganzes. Ein Element mit mindestens einem offenen Fehler ' +
  'zählt voll als nicht konform, ein Element mit nur offenen Warnungen zur Hälfte. Hinweise, begründete Ausnahmen ' +
  '(Waiver) und Regelfehler mindern den Wert nicht. 100 % werden nur ohne offene Fehler und Warnungen erreicht.';

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' };
export const SEVERITY_LABELS_PLURAL: Record<Severity, string> = { error: 'Fehler', warning: 'Warnungen', info: 'Hinweise' };

export const CATEGORY_LABELS: Record<RuleCategory | 'rule-error', string> = {
  palette: 'Palette',
  structure: 'Struktur',
  organisation: 'Pools und Lanes',
  naming: 'Benennung',
  layout: 'Layout',
  documentation: 'Dokumentation',
  digitisation: 'Digitalisierung',
  'rule-error': 'Regelfehler'
};

export const REPORT_TEXTS = {
  title: 'Prüfprotokoll',
  score: 'Konformitätsgrad',
  scoreDefinition: 'Definition des Konformitätsgrads',
  profile: 'Prüfprofil',
  createdAt: 'Erstellt am',
  reviewer: 'Prüfer/in',
  variant: 'Variante',
  variants: 'Geprüfte Varianten',
  organisationseinheit: 'Organisationseinheit',
  revision: 'Stand',
  checkedElements: 'Geprüfte Elemente',
  openFindings: 'Offene Befunde',
  waived: 'Begründete Ausnahmen',
  waivedShort: 'Ausnahme',
  ruleErrors: 'Regelfehler',
  findingsPerRule: 'Befunde je Regel',
  noFindings: 'Keine offenen Befunde.',
  noWaivers: 'Keine begründeten Ausnahmen.',
  rule: 'Regel',
  code: 'Kennung',
  category: 'Kategorie',
  severity: 'Schweregrad',
  element: 'Element',
  elementId: 'Element-ID',
  message: 'Befund',
  reason: 'Begründung',
  author: 'Von',
  date: 'Datum',
  status: 'Status',
  statusOpen: 'offen',
  statusWaived: 'Ausnahme',
  delta: 'Veränderung gegenüber dem früheren Stand',
  deltaAgainst: 'Verglichen mit',
  newFindings: 'Neue Befunde',
  fixedFindings: 'Behobene Befunde',
  nowWaived: 'jetzt als Ausnahme begründet',
  unchanged: 'Unverändert offen',
  noDelta: 'Kein früherer Stand zum Vergleich.',
  noNew: 'Keine neuen Befunde.',
  noFixed: 'Keine behobenen Befunde.',
  unnamed: 'ohne Namen',
  total: 'Gesamt'
} as const;
