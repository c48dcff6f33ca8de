import { TEXTS } from '../compareTexts';
import { DIFF_MARKERS, type DiffMarkerKind } from '../../../../bpmn/modules/diff-markers/diffMarkerKinds';

/** Legend of the diagram markers shown in a view (same classes as on the canvas). */
export function DiffLegend({ kinds }: { kinds: readonly DiffMarkerKind[] }) {
  return (
    <ul className="diff-legend" aria-label={TEXTS.viewer.legend}>
      {kinds.map((k) => (
        <li key={k} title={DIFF_MARKERS[k].description}>
          <span className={`gpm-diff-swatch ${DIFF_MARKERS[k].className}`} aria-hidden="true" /> {DIFF_MARKERS[k].label}
        </li>
      ))}
    </ul>
  );
}
