import { useRef, type KeyboardEvent } from 'react';
import { TEXTS } from './compareTexts';

/** The views of the comparison. */
export type CompareTab = keyof typeof TEXTS.tabs;

export const COMPARE_TABS: readonly CompareTab[] = ['matrix', 'similarity', 'deviations', 'pair', 'revisions', 'soll', 'log'];

/** Accessible tab list (arrow keys, Home/End move between tabs). */
export function CompareTabs({ current, onChange }: { current: CompareTab; onChange(tab: CompareTab): void }) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = COMPARE_TABS.indexOf(current);
    const next = e.key === 'ArrowRight' ? (i + 1) % COMPARE_TABS.length : e.key === 'ArrowLeft' ? (i - 1 + COMPARE_TABS.length) % COMPARE_TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? COMPARE_TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    onChange(COMPARE_TABS[next]);
    refs.current[next]?.focus();
  };
  return (
    <div className="compare-tabs" role="tablist" aria-label={TEXTS.tabsLabel} onKeyDown={onKeyDown}>
      {COMPARE_TABS.map((tab, i) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`compare-tab-${tab}`}
          aria-controls="compare-panel"
          aria-selected={tab === current}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {TEXTS.tabs[tab]}
        </button>
      ))}
    </div>
  );
}
