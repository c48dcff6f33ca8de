import type { VariantRecord } from '../../../domain/model/library';
import type { SollChoice } from '../../../state/compareSelection';
import { ModellartBadge, StatusBadge } from '../../components/Badges';
import { TEXTS } from './compareTexts';

/**
 * Which variants take part (checkboxes; all by default) and which one is the SOLL reference
 * (automatic, none, or any chosen variant). Collapsed into one summary line to save height.
 */
export function VariantChooser(props: {
  variants: readonly VariantRecord[];
  included: readonly string[];
  sollChoice: SollChoice;
  sollId?: string;
  disabled: boolean;
  onInclude(variantId: string, included: boolean): void;
  onSoll(choice: SollChoice): void;
}) {
  const t = TEXTS;
  const soll = props.variants.find((v) => v.id === props.sollId);
  return (
    <details className="variant-chooser">
      <summary>
        <strong>{t.variantsLegend}:</strong> {t.variantsSummary(props.included.length, props.variants.length, soll ? soll.organisationseinheit || soll.name : undefined)}
      </summary>
      <div className="chooser-body">
        <fieldset>
          <legend className="visually-hidden">{t.variantsLegend}</legend>
          <ul className="chooser-list">
            {props.variants.map((v) => (
              <li key={v.id}>
                <label>
                  <input type="checkbox" checked={props.included.includes(v.id)} onChange={(e) => props.onInclude(v.id, e.target.checked)} aria-label={t.include(v.name)} />
                  <span>{v.organisationseinheit || v.name}</span> <ModellartBadge modellart={v.modellart} /> <StatusBadge status={v.status} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <label className="field inline">
          {t.sollLabel}
          <select value={props.sollChoice} onChange={(e) => props.onSoll(e.target.value)} disabled={props.disabled}>
            <option value="auto">
              {t.sollAuto}
              {soll && props.sollChoice === 'auto' ? ` (${soll.organisationseinheit || soll.name})` : ''}
            </option>
            <option value="none">{t.sollNone}</option>
            {props.variants
              .filter((v) => props.included.includes(v.id))
              .map((v) => (
                <option key={v.id} value={v.id}>
                  {v.organisationseinheit || v.name} ({v.modellart})
                </option>
              ))}
          </select>
        </label>
      </div>
    </details>
  );
}
