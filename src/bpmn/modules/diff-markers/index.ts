import { DiffMarkers } from './DiffMarkers';

export { DiffMarkers } from './DiffMarkers';
export { DIFF_MARKERS, DIFF_MARKER_CLASSES, type DiffMarkerInfo, type DiffMarkerKind } from './diffMarkerKinds';
export { markerMap, planMarkers, type MarkerMap, type MarkerPlan } from './markerPlan';

/** diagram-js module: comparison markers (matched, only left/right, differs, added, removed …) as CSS classes and badges (`diffMarkers`). */
export const DiffMarkersModule = {
  __init__: ['diffMarkers'],
  diffMarkers: ['type', DiffMarkers]
};
