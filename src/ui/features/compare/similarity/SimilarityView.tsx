import { memo } from 'react';
import type { SimilarityMatrix } from '../../../../domain/compare/views/variantSimilarity';
import { heatColor, heatTextColor } from '../../../../export/compareHeatmapSvg';
import { TEXTS } from '../compareTexts';

/**
 * The similarity of the variants as a heatmap table (numbers in every cell, so it reads without
 * colour too), with the measure explained by the domain and SVG/PNG downloads.
 */
export const SimilarityView = memo(function SimilarityView({ similarity, onExport }: { similarity: SimilarityMatrix; onExport(id: 'heatmap-svg' | 'heatmap-png'): void }) {
  const t = TEXTS.similarity;
  const pct = (x: number) => Math.round(x * 100);
  return (
    <div className="similarity-view">
      <div className="toolbar-row">
        <button type="button" className="btn" onClick={() => onExport('heatmap-svg')}>
          {TEXTS.export.heatmapSvg}
        </button>
        <button type="button" className="btn" onClick={() => onExport('heatmap-png')}>
          {TEXTS.export.heatmapPng}
        </button>
        <span className="heat-scale" aria-hidden="true">
          {t.scaleLow}
          {Array.from({ length: 11 }, (_, k) => (
            <span key={k} style={{ background: heatColor(k / 10) }} />
          ))}
          {t.scaleHigh}
        </span>
      </div>
      <div className="heatmap-wrap">
        <table className="heatmap" data-testid="heatmap">
          <caption className="visually-hidden">{t.tableCaption}</caption>
          <thead>
            <tr>
              <td />
              {similarity.names.map((n, j) => (
                <th key={similarity.variantIds[j]} scope="col">
                  <abbr title={n}>{j + 1}</abbr>
                  <span className="visually-hidden">{n}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {similarity.cells.map((row, i) => (
              <tr key={similarity.variantIds[i]}>
                <th scope="row">
                  <span className="row-no">{i + 1}</span> {similarity.names[i]}
                </th>
                {row.map((c, j) => (
                  <td
                    key={similarity.variantIds[j]}
                    style={{ background: heatColor(c.similarity), color: heatTextColor(c.similarity) }}
                    title={`${t.cellTitle(similarity.names[i], similarity.names[j], pct(c.similarity), c.sharedCount)}\n${t.parts(pct(c.sharedSteps), pct(c.structure), pct(c.order))}`}
                  >
                    {pct(c.similarity)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <aside className="measure">
          <h3>{t.measure}</h3>
          <p>{similarity.explanation}</p>
        </aside>
      </div>
    </div>
  );
});
