/**
 * Convention profiles: which rules run at which severity. The profiles themselves are data in
 * the plugin's catalog; this file only names them and picks one for a model.
 */
import type { Modellart } from '../domain/model/gpmAttributes';

/** The four profiles of the convention plugin. */
export type Profile = 'basis' | 'experte' | 'soll' | 'fim';

export const PROFILES: readonly Profile[] = ['basis', 'experte', 'soll', 'fim'];

/** German names of the profiles for menus and reports. */
export const PROFILE_LABELS: Record<Profile, string> = {
  basis: 'Basis (IST-Aufnahme)',
  experte: 'Experte',
  soll: 'SOLL (digitalisierungsfähig)',
  fim: 'FIM'
};

/** True when `value` names a profile. */
export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/** The profile a model of this Modellart is checked with: IST → `basis`, SOLL → `soll`, unknown → `basis`. */
export function profileForModellart(modellart: Modellart | string | undefined): Profile {
  return typeof modellart === 'string' && modellart.trim().toUpperCase() === 'SOLL' ? 'soll' : 'basis';
}
