import { compareVariants, type ComparisonResult } from '../../../../src/domain/compare/compareVariants';
import type { StepDecision } from '../../../../src/domain/compare/decisions/stepDecision';
import type { CompareRun } from '../../../../src/state/compareService';
import { variant } from '../../domain/compare/graphFixture';

/** Three small districts and a SOLL, as the compare page gets them from the worker. */
export const SOLL = variant('SOLL', [{ label: 'Antrag prüfen', role: 'Sachbearbeitung' }, { label: 'Wohngeld berechnen', role: 'Sachbearbeitung' }, { label: 'Bescheid erstellen', role: 'Sachbearbeitung' }, { label: 'Bescheid versenden', role: 'Poststelle' }], { modellart: 'SOLL' });
export const MITTE = variant('Mitte', [{ label: 'Prüfung des Antrags', role: 'Sachbearbeitung', it: ['Fachverfahren'] }, { label: 'Wohngeld berechnen', role: 'Sachbearbeitung' }, { label: 'Bescheid erstellen', role: 'Teamleitung' }, { label: 'Akte archivieren', role: 'Registratur' }], { modellart: 'IST' });
export const PANKOW = variant('Pankow', [{ label: 'Bescheid erstellen', role: 'Sachbearbeitung' }, { label: 'Antrag prüfen', role: 'Sachbearbeitung', medium: 'papier' }, { label: 'Wohngeld berechnen', role: 'Sachbearbeitung' }, { label: 'Bescheid versenden', role: 'Poststelle' }], { modellart: 'IST' });

/** A comparison result of the fixtures. */
export function comparison(decisions: StepDecision[] = []): ComparisonResult {
  const r = compareVariants([SOLL, MITTE, PANKOW], { decisions });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

/** The same as a finished run of the compare service. */
export function compareRun(decisions: StepDecision[] = []): CompareRun {
  return { result: comparison(decisions), graphs: { SOLL: SOLL.graph, Mitte: MITTE.graph, Pankow: PANKOW.graph }, failed: [], parseMs: 0, compareMs: 0 };
}
