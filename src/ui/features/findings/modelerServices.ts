/**
 * Typed access to our convention modules inside the open modeler (lint markers, quick fixes,
 * waivers, restricted palette) for the findings UI.
 */
import type { Finding } from '../../../domain/model/finding';
import type { ModelerHandle } from '../editor/ModelerCanvas';

export interface ConventionModules {
  lintMarkers: { setFindings(findings: readonly Finding[], options?: { showWaived?: boolean }): void; reveal(elementId: string): boolean; isModelLevel(elementId: string): boolean; onBadgeClick(handler: ((elementId: string) => void) | undefined): void };
  quickFixes: { fixesFor(finding: Finding): Array<{ id: string; label: string }>; apply(finding: Finding, fixId: string): boolean };
  gpmWaivers: { canWaive(finding: Finding): boolean; add(finding: Finding, reason: string, author?: string): boolean; remove(finding: Finding): boolean };
  restrictedPalette: { setProfile(profile: string | null): void; describe(profile: string): { levelName?: string } | undefined };
}

/** The convention modules of a modeler. */
export function conventionModules(handle: ModelerHandle): ConventionModules {
  const get = <K extends keyof ConventionModules>(name: K) => handle.modeler.get(name) as ConventionModules[K];
  return { lintMarkers: get('lintMarkers'), quickFixes: get('quickFixes'), gpmWaivers: get('gpmWaivers'), restrictedPalette: get('restrictedPalette') };
}
