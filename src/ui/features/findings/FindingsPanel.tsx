import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Finding, Severity } from '../../../domain/model/finding';
import type { VariantRecord } from '../../../domain/model/library';
import { formatError } from '../../../shared/errors';
import { useAppState, useAppStore } from '../../../state/hooks';
import { FindingItem } from './FindingItem';
import { countFindings, filterFindings, groupFindings, keyFindings, SEVERITY_ORDER, type GroupBy } from './groupFindings';
import type { ConventionModules } from './modelerServices';
import { ProfileControls } from './ProfileControls';
import { RuleDocDialog } from './RuleDocDialog';
import { CATEGORY_LABELS, countLabel, FINDINGS_TEXTS as T, SEVERITY_LABELS, SEVERITY_LABELS_PLURAL } from './texts';
import { WaiverDialog } from './WaiverDialog';

/** Above this many findings, rule groups start collapsed (the panel stays short on a projector). */
const COLLAPSE_ABOVE = 25;

/**
 * The findings tab of the editor: profile, counts, filters, findings grouped by category or
 * severity and rule; click shows the element, quick fixes and waivers act on the model as
 * undoable commands, and the rule's explanation is one click away.
 */
export function FindingsPanel(props: {
  variant: VariantRecord;
  modules: ConventionModules | null;
  selectedIds: readonly string[];
  /** Increases when a canvas badge was clicked: show only the selected element's findings. */
  focusSeq: number;
  paletteLevel?: string | null;
}) {
  const store = useAppStore();
  const { live, error, authorName, profile } = useAppState(
    useShallow((s) => ({ live: s.liveLint, error: s.liveLintError, authorName: s.authorName, profile: s.lintProfile }))
  );
  const [groupBy, setGroupBy] = useState<GroupBy>('category');
  const [severities, setSeverities] = useState<Severity[]>([...SEVERITY_ORDER]);
  const [category, setCategory] = useState('');
  const [showWaived, setShowWaived] = useState(true);
  const [onlySelection, setOnlySelection] = useState(false);
  const [docRule, setDocRule] = useState<string>();
  const [waiverFor, setWaiverFor] = useState<Finding>();
  const [toggled, setToggled] = useState<Record<string, boolean>>({});

  useEffect(() => {
    if (props.focusSeq > 0) setOnlySelection(true);
  }, [props.focusSeq]);

  const result = live && live.variantId === props.variant.id ? live.result : undefined;
  const keyed = useMemo(() => keyFindings(result?.findings ?? []), [result]);
  const counts = useMemo(() => countFindings(result?.findings ?? []), [result]);
  const selection = onlySelection && props.selectedIds.length ? props.selectedIds : undefined;
  const groups = useMemo(() => {
    const shown = filterFindings(keyed, { severities, category: category || undefined, showWaived, elementIds: selection });
    return groupFindings(shown, groupBy, (rule) => {
      const info = store.getState().ruleInfo(rule);
      return { title: rule === 'rule-error' ? CATEGORY_LABELS['rule-error'] : info?.title ?? rule, code: info?.code };
    });
  }, [keyed, severities, category, showWaived, selection, groupBy, store]);
  const categories = useMemo(() => [...new Set(keyed.map((k) => k.finding.category))], [keyed]);
  const total = groups.reduce((n, g) => n + g.rules.reduce((m, r) => m + r.findings.length, 0), 0);
  const selected = new Set(props.selectedIds);
  const open = counts.error + counts.warning + counts.info;

  const toggleSeverity = (s: Severity) => setSeverities((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]));
  const groupLabel = (key: string) => (groupBy === 'category' ? CATEGORY_LABELS[key as keyof typeof CATEGORY_LABELS] ?? key : SEVERITY_LABELS_PLURAL[key as Severity] ?? key);

  return (
    <div className="findings-panel" data-testid="findings-panel">
      <ProfileControls modellart={props.variant.modellart} paletteLevel={props.paletteLevel} />

      <div className="findings-summary" role="status" aria-live="polite" data-testid="findings-summary" data-open={open} data-waived={counts.waived}>
        {!result && !error && <span className="muted">{T.notChecked}</span>}
        {result && (
          <>
            {(['error', 'warning', 'info'] as const).map((s) => (
              <span key={s} className={`badge ${counts[s] ? s : 'status'}`} data-severity={s}>{countLabel(counts[s], s)}</span>
            ))}
            <span className="badge status" data-testid="waived-count">{T.waivedCount(counts.waived)}</span>
            {live?.latencyMs !== undefined && <span className="muted small">{T.checkedIn(live.latencyMs, live.via)}</span>}
          </>
        )}
        {error && <span className="field-error">{T.workerFailed} {formatError(error)}</span>}
      </div>

      {result && (
        <div className="findings-filters" role="group" aria-label={T.filters}>
          <span className="severity-toggles" role="group" aria-label={T.filterSeverity}>
            {SEVERITY_ORDER.map((s) => (
              <label key={s} className={`chip sev-${s}`}>
                <input type="checkbox" checked={severities.includes(s)} onChange={() => toggleSeverity(s)} />
                {SEVERITY_LABELS_PLURAL[s]}
              </label>
            ))}
          </span>
          <select aria-label={T.filterCategory} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{T.allCategories}</option>
            {categories.map((c) => (
              <option key={c} value={c}>{CATEGORY_LABELS[c] ?? c}</option>
            ))}
          </select>
          <select aria-label={T.groupBy} value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="category">{T.groupByCategory}</option>
            <option value="severity">{T.groupBySeverity}</option>
          </select>
          <label className="check">
            <input type="checkbox" checked={showWaived} onChange={(e) => setShowWaived(e.target.checked)} />
            {T.showWaived}
          </label>
          <label className="check">
            <input type="checkbox" checked={onlySelection} disabled={!props.selectedIds.length && !onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} />
            {T.onlySelection}
          </label>
        </div>
      )}

      {result && open === 0 && counts.waived === 0 && <p className="findings-empty">{T.noOpen}</p>}
      {result && total === 0 && (open > 0 || counts.waived > 0) && <p className="findings-empty">{T.noneMatching}</p>}

      {groups.map((g) => (
        <section key={g.key} className="finding-group" aria-label={groupLabel(g.key)}>
          <h3>
            {groupLabel(g.key)}
            <span className="group-counts">{g.counts.error + g.counts.warning + g.counts.info}{g.counts.waived ? ` + ${g.counts.waived} ✓` : ''}</span>
          </h3>
          {g.rules.map((r) => {
            const id = `${g.key}/${r.rule}`;
            const expanded = toggled[id] ?? total <= COLLAPSE_ABOVE;
            return (
              <div key={r.rule} className={`rule-group sev-${r.severity}`} data-testid="rule-group" data-rule={r.rule}>
                <div className="rule-head">
                  <button className="rule-toggle" aria-expanded={expanded} onClick={() => setToggled({ ...toggled, [id]: !expanded })}>
                    <span className={`sev-dot ${r.severity}`} aria-hidden />
                    <span className="rule-title">{r.code && <span className="rule-code">{r.code}</span>} {r.title}</span>
                    <span className="rule-count">{r.findings.length}</span>
                  </button>
                  {r.rule !== 'rule-error' && (
                    <button className="btn small ghost explain" title={T.explain} aria-label={`${T.explain}: ${r.title}`} onClick={() => setDocRule(r.rule)}>?</button>
                  )}
                </div>
                {r.rule === 'rule-error' && <p className="hint">{T.ruleErrorHint}</p>}
                {expanded && (
                  <ul className="finding-list">
                    {r.findings.map((k) => (
                      <FindingItem key={k.key} finding={k.finding} selected={selected.has(k.finding.elementId)} modules={props.modules} onWaive={setWaiverFor} />
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}

      {docRule && <RuleDocDialog ruleId={docRule} profile={profile} onClose={() => setDocRule(undefined)} />}
      {waiverFor && (
        <WaiverDialog
          finding={waiverFor}
          ruleTitle={store.getState().ruleInfo(waiverFor.rule)?.title ?? waiverFor.rule}
          authorName={authorName}
          onClose={() => setWaiverFor(undefined)}
          onConfirm={(reason, author) => {
            if (author && author !== authorName) void store.getState().setAuthorName(author);
            props.modules?.gpmWaivers.add(waiverFor, reason, author || authorName || undefined);
            setWaiverFor(undefined);
          }}
        />
      )}
    </div>
  );
}

