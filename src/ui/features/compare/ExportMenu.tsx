import { useEffect, useRef, useState } from 'react';
import type { CompareExporter } from '../../../export/compareExports';
import { TEXTS } from './compareTexts';

const LABELS: Record<CompareExporter['id'], string> = {
  'matrix-csv': TEXTS.export.matrixCsv,
  'deviation-csv': TEXTS.export.deviationCsv,
  xlsx: TEXTS.export.xlsx,
  'heatmap-svg': TEXTS.export.heatmapSvg,
  'heatmap-png': TEXTS.export.heatmapPng
};

/** The page's download menu (a disclosure button with a list of buttons; Escape closes). */
export function ExportMenu({ hasSoll, disabled, onExport }: { hasSoll: boolean; disabled: boolean; onExport(id: CompareExporter['id']): void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  const ids: Array<CompareExporter['id']> = ['xlsx', 'matrix-csv', 'deviation-csv', 'heatmap-svg', 'heatmap-png'];
  return (
    <div className="export-menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="btn" aria-expanded={open} aria-haspopup="true" disabled={disabled} onClick={() => setOpen(!open)}>
        {TEXTS.export.menu} ▾
      </button>
      {open && (
        <ul className="export-list">
          {ids.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="btn ghost"
                disabled={id === 'deviation-csv' && !hasSoll}
                onClick={() => {
                  setOpen(false);
                  onExport(id);
                }}
              >
                {LABELS[id]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
