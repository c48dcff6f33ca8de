/**
 * The `gpm:` attributes as plain domain values (the XML side lives in
 * `modeling-conventions/moddle/gpm.json` and `src/bpmn/gpm/`).
 */

/** IST = documented current state, SOLL = designed target state. */
export type Modellart = 'IST' | 'SOLL';

/** Life cycle of a model. */
export type ModelStatus = 'entwurf' | 'in_pruefung' | 'freigegeben' | 'archiviert';
export const MODEL_STATUSES: readonly ModelStatus[] = ['entwurf', 'in_pruefung', 'freigegeben', 'archiviert'];
export const MODEL_STATUS_LABELS: Record<ModelStatus, string> = {
  entwurf: 'Entwurf',
  in_pruefung: 'In Prüfung',
  freigegeben: 'Freigegeben',
  archiviert: 'Archiviert'
};

export type Medium = 'digital' | 'papier' | 'hybrid';
export const MEDIA: readonly Medium[] = ['digital', 'papier', 'hybrid'];
export const MEDIUM_LABELS: Record<Medium, string> = { digital: 'digital', papier: 'Papier', hybrid: 'hybrid' };

/** Attributes of a process (Steckbrief). All optional: IST drafts start empty. */
export interface ProcessAttributes {
  prozessschluessel?: string;
  politikfeld?: string;
  organisationseinheit?: string;
  modellart?: Modellart;
  status?: ModelStatus;
  version?: string;
  prozessverantwortlich?: string;
  prozessmanager?: string;
  fallzahlProJahr?: number;
  stand?: string;
  freigegebenVon?: string;
  freigegebenAm?: string;
  gueltigBis?: string;
  wiedervorlageAm?: string;
  istModellRef?: string;
  ausloeser?: string;
  ergebnis?: string;
  fimTyp?: string;
  rechtsgrundlagen?: string[];
}

/** Attributes of an activity. Times are minutes. */
export interface ActivityAttributes {
  rolle?: string;
  itSysteme?: string[];
  ohneIT?: boolean;
  medium?: Medium;
  bearbeitungszeit?: number;
  liegezeit?: number;
  rechtsgrundlage?: string;
  medienbruchBegruendung?: string;
  automatisierung?: string;
  onceOnlyGeprueft?: boolean;
  dokumente?: string[];
}

/** A finding accepted on one element with a reason; travels with the file. */
export interface Waiver {
  rule: string;
  reason: string;
  author?: string;
  createdAt?: string;
}

/** The 12 Berlin districts, offered as presets for the Organisationseinheit (free text allowed). */
export const BERLIN_DISTRICTS: readonly string[] = [
  'Bezirksamt Charlottenburg-Wilmersdorf',
  'Bezirksamt Friedrichshain-Kreuzberg',
  'Bezirksamt Lichtenberg',
  'Bezirksamt Marzahn-Hellersdorf',
  'Bezirksamt Mitte',
  'Bezirksamt Neukölln',
  'Bezirksamt Pankow',
  'Bezirksamt Reinickendorf',
  'Bezirksamt Spandau',
  'Bezirksamt Steglitz-Zehlendorf',
  'Bezirksamt Tempelhof-Schöneberg',
  'Bezirksamt Treptow-Köpenick'
];
