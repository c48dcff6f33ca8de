/**
 * Keeps the canvas in step with the store: lint markers follow the shown findings (the module
 * diffs them), the palette follows the profile when restricted, and a click on a badge opens
 * the findings panel for that element.
 */
import { useEffect } from 'react';
import type { Finding } from '../../../domain/model/finding';
import type { ConventionModules } from './modelerServices';

export function useLintCanvas(
  modules: ConventionModules | null,
  findings: readonly Finding[] | undefined,
  palette: { restrict: boolean; profile: string },
  onBadgeClick: (elementId: string) => void
): void {
  useEffect(() => {
    if (modules) modules.lintMarkers.setFindings(findings ?? []);
  }, [modules, findings]);

  useEffect(() => {
    modules?.restrictedPalette.setProfile(palette.restrict ? palette.profile : null);
  }, [modules, palette.restrict, palette.profile]);

  useEffect(() => {
    if (!modules) return;
    modules.lintMarkers.onBadgeClick(onBadgeClick);
    return () => modules.lintMarkers.onBadgeClick(undefined);
  }, [modules, onBadgeClick]);
}
