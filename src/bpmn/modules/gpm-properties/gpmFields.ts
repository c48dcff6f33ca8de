import { MEDIA, MEDIUM_LABELS, MODEL_STATUSES, MODEL_STATUS_LABELS } from '../../../domain/model/gpmAttributes';
import type { GpmType } from '../../gpm/gpmExtension';

/**
 * The `gpm:` fields the properties panel edits, as data: a new stored field is one line here
 * (plus the property in `modeling-conventions/moddle/gpm.json`). Labels are German.
 */
export type FieldKind = 'text' | 'number' | 'select' | 'checkbox' | 'lines' | 'date';

export interface GpmField {
  key: string;
  label: string;
  kind: FieldKind;
  description?: string;
  options?: Array<{ value: string; label: string }>;
}

export interface GpmFieldGroup {
  id: string;
  label: string;
  type: GpmType;
  fields: GpmField[];
}

const statusOptions = [{ value: '', label: '–' }, ...MODEL_STATUSES.map((s) => ({ value: s, label: MODEL_STATUS_LABELS[s] }))];
const mediumOptions = [{ value: '', label: '–' }, ...MEDIA.map((m) => ({ value: m, label: MEDIUM_LABELS[m] }))];

export const PROCESS_FIELDS: GpmFieldGroup = {
  id: 'gpm-process',
  label: 'Prozess-Steckbrief (GPM)',
  type: 'gpm:ProcessInfo',
  fields: [
    { key: 'prozessschluessel', label: 'Prozess-/Leistungsschlüssel', kind: 'text', description: 'z. B. LeiKa-Schlüssel oder Berliner Produktnummer' },
    { key: 'politikfeld', label: 'Politikfeld', kind: 'text' },
    { key: 'organisationseinheit', label: 'Organisationseinheit', kind: 'text', description: 'z. B. Bezirksamt Neukölln' },
    { key: 'modellart', label: 'Modellart', kind: 'select', options: [{ value: '', label: '–' }, { value: 'IST', label: 'IST' }, { value: 'SOLL', label: 'SOLL' }] },
    { key: 'status', label: 'Status', kind: 'select', options: statusOptions },
    { key: 'version', label: 'Version', kind: 'text' },
    { key: 'prozessverantwortlich', label: 'Prozessverantwortliche/r', kind: 'text' },
    { key: 'prozessmanager', label: 'Prozessmanager/in', kind: 'text' },
    { key: 'rechtsgrundlagen', label: 'Rechtsgrundlagen', kind: 'lines', description: 'Eine Vorschrift je Zeile, z. B. „§ 24 WoGG“' },
    { key: 'fallzahlProJahr', label: 'Fallzahl pro Jahr', kind: 'number' },
    { key: 'ausloeser', label: 'Auslöser', kind: 'text' },
    { key: 'ergebnis', label: 'Ergebnis', kind: 'text' },
    { key: 'stand', label: 'Stand', kind: 'date' },
    { key: 'freigegebenVon', label: 'Freigegeben von', kind: 'text' },
    { key: 'freigegebenAm', label: 'Freigegeben am', kind: 'date' },
    { key: 'gueltigBis', label: 'Gültig bis', kind: 'date' },
    { key: 'wiedervorlageAm', label: 'Wiedervorlage am', kind: 'date' }
  ]
};

export const ACTIVITY_FIELDS: GpmFieldGroup = {
  id: 'gpm-activity',
  label: 'Bearbeitung (GPM)',
  type: 'gpm:ActivityInfo',
  fields: [
    { key: 'rolle', label: 'Rolle/OE', kind: 'text' },
    { key: 'itSysteme', label: 'IT-System(e)', kind: 'text', description: 'Mehrere mit „;“ trennen' },
    { key: 'ohneIT', label: 'ohne IT-Unterstützung', kind: 'checkbox' },
    { key: 'medium', label: 'Medium', kind: 'select', options: mediumOptions },
    { key: 'bearbeitungszeit', label: 'Bearbeitungszeit (Minuten)', kind: 'number' },
    { key: 'liegezeit', label: 'Liegezeit (Minuten)', kind: 'number' },
    { key: 'rechtsgrundlage', label: 'Rechtsgrundlage', kind: 'text', description: 'z. B. „§ 15 WoGG“' },
    { key: 'medienbruchBegruendung', label: 'Begründung Medienbruch', kind: 'text' },
    {
      key: 'automatisierung',
      label: 'Automatisierung',
      kind: 'select',
      options: [
        { value: '', label: '–' },
        { value: 'manuell', label: 'manuell' },
        { value: 'teilautomatisiert', label: 'teilautomatisiert' },
        { value: 'automatisiert', label: 'automatisiert' },
        { value: 'automatisierbar', label: 'automatisierbar' }
      ]
    },
    { key: 'onceOnlyGeprueft', label: 'Once-Only geprüft', kind: 'checkbox' }
  ]
};

export const FLOW_FIELDS: GpmFieldGroup = {
  id: 'gpm-flow',
  label: 'Verzweigung (GPM)',
  type: 'gpm:FlowInfo',
  fields: [{ key: 'wahrscheinlichkeit', label: 'Wahrscheinlichkeit (%)', kind: 'number', description: 'Anteil der Fälle, die diesen Weg nehmen (0–100)' }]
};
