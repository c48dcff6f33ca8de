import type { VariantRecord } from '../../../domain/model/library';
import { districtMatrix } from './districtMatrix';
import { CATEGORY_LABELS, DISTRICT_TEXTS as T } from './texts';

/** Heat map of one process: which districts break which categories of rules most. */
export function DistrictCategoryOverview({ variants }: { variants: readonly VariantRecord[] }) {
  const m = districtMatrix(variants);
  if (!m.rows.some((r) => r.checked)) return <p className="muted small">{T.notYet}</p>;
  if (!m.categories.length) return <p className="muted small">{T.allClean}</p>;
  return (
    <table className="district-matrix" aria-label={T.title}>
      <caption className="visually-hidden">{T.title}</caption>
      <thead>
        <tr>
          <th scope="col">{T.district}</th>
          {m.categories.map((c) => (
            <th scope="col" key={c}>{CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? c}</th>
          ))}
          <th scope="col">{T.total}</th>
        </tr>
      </thead>
      <tbody>
        {m.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.organisationseinheit} <span className="muted small">{r.modellart}</span></th>
            {m.categories.map((c) => {
              const n = r.counts[c] ?? 0;
              const alpha = m.max ? 0.08 + 0.72 * (n / m.max) : 0;
              return (
                <td key={c} className="num" style={n ? { background: `rgba(179, 38, 30, ${alpha.toFixed(2)})`, color: alpha > 0.5 ? '#fff' : undefined } : undefined} title={T.cell(n, r.organisationseinheit, CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? c)}>
                  {r.checked ? n || '·' : '–'}
                </td>
              );
            })}
            <td className="num"><strong>{r.checked ? r.total : '–'}</strong></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
