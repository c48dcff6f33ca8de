import { LintMarkers } from './LintMarkers';

export { LINT_BADGE_CLICK_EVENT, LintMarkers } from './LintMarkers';
export { resolveFindingElement, type FindingTarget } from './resolveFindingElement';

/** diagram-js module: convention findings as markers and badges on the canvas (`lintMarkers`). */
export const LintMarkersModule = {
  __init__: ['lintMarkers'],
  lintMarkers: ['type', LintMarkers]
};
