import type { ActivityAttributes, ProcessAttributes } from '../../domain/model/gpmAttributes';
import { ensureGpm } from '../gpm/gpmExtension';
import type { Moddle, ModdleElement } from '../moddle';

/**
 * Write domain attributes as `gpm:` extension elements (the inverse of `readGpmAttributes`).
 * Lists are written "A; B", as the properties panel does.
 */

const PROCESS_SCALARS = [
  'prozessschluessel', 'politikfeld', 'organisationseinheit', 'modellart', 'status', 'version',
  'prozessverantwortlich', 'prozessmanager', 'fallzahlProJahr', 'stand', 'freigegebenVon',
  'freigegebenAm', 'gueltigBis', 'wiedervorlageAm', 'istModellRef', 'ausloeser', 'ergebnis', 'fimTyp'
] as const;

const ACTIVITY_SCALARS = [
  'rolle', 'ohneIT', 'medium', 'bearbeitungszeit', 'liegezeit', 'rechtsgrundlage',
  'medienbruchBegruendung', 'automatisierung', 'onceOnlyGeprueft'
] as const;

/** Attach `gpm:processInfo` to a process; nothing is written for empty attributes. */
export function writeProcessAttributes(moddle: Moddle, process: ModdleElement, attributes: ProcessAttributes | undefined): void {
  if (!attributes || Object.values(attributes).every((v) => v === undefined)) return;
  const info = ensureGpm(moddle, process, 'gpm:ProcessInfo');
  for (const key of PROCESS_SCALARS) {
    const value = attributes[key];
    if (value !== undefined && value !== '') info[key] = value;
  }
  if (attributes.rechtsgrundlagen?.length) {
    info.rechtsgrundlagen = attributes.rechtsgrundlagen.map((text) => {
      const item = moddle.create('gpm:Rechtsgrundlage', { text });
      item.$parent = info;
      return item;
    });
  }
}

/** Attach `gpm:activityInfo` to an activity; nothing is written for empty attributes. */
export function writeActivityAttributes(moddle: Moddle, activity: ModdleElement, attributes: ActivityAttributes | undefined): void {
  if (!attributes || Object.values(attributes).every((v) => v === undefined)) return;
  const info = ensureGpm(moddle, activity, 'gpm:ActivityInfo');
  for (const key of ACTIVITY_SCALARS) {
    const value = attributes[key];
    if (value !== undefined && value !== '') info[key] = value;
  }
  if (attributes.itSysteme?.length) info.itSysteme = attributes.itSysteme.join('; ');
  if (attributes.dokumente?.length) info.dokumente = attributes.dokumente.join('; ');
}

/** Attach `gpm:flowInfo` with a branch probability (percent). */
export function writeFlowProbability(moddle: Moddle, flow: ModdleElement, probability: number | undefined): void {
  if (probability === undefined) return;
  ensureGpm(moddle, flow, 'gpm:FlowInfo').wahrscheinlichkeit = probability;
}
