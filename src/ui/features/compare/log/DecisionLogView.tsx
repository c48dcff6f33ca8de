import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { protocolEntries } from '../../../../state/compareLog';
import { labelLookup } from '../../../../state/compareViews';
import { useAppState, useAppStore } from '../../../../state/hooks';
import { formatDateTime } from '../../library/formatDate';
import { TEXTS } from '../compareTexts';

/**
 * The "Protokoll": who decided what and when, whether each decision still applies to the current
 * models, and who withdrew it. The author name used for new decisions can be set here.
 */
export function DecisionLogView() {
  const t = TEXTS.log;
  const store = useAppStore();
  const { records, run, authorName } = useAppState(useShallow((s) => ({ records: s.compare.decisionRecords, run: s.compare.run, authorName: s.authorName })));
  const entries = useMemo(() => protocolEntries(records, run?.result.log, labelLookup(run)), [records, run]);
  const [name, setName] = useState(authorName);
  useEffect(() => setName(authorName), [authorName]);

  return (
    <div className="log-view">
      <form
        className="toolbar-row"
        onSubmit={(e) => {
          e.preventDefault();
          void store.getState().setAuthorName(name);
        }}
      >
        <label className="field inline">
          {t.author}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={TEXTS.unknownAuthor} maxLength={80} />
        </label>
        <button type="submit" className="btn" disabled={name.trim() === authorName}>
          {t.authorSave}
        </button>
        <span className="muted small">{t.authorHint}</span>
      </form>
      {entries.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <table className="variants log-table" data-testid="decision-log">
          <caption className="visually-hidden">{t.title}</caption>
          <thead>
            <tr>
              <th>{t.when}</th>
              <th>{t.who}</th>
              <th>{t.what}</th>
              <th>{t.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className={e.withdrawn ? 'withdrawn' : e.stale ? 'stale' : undefined} data-testid="log-entry">
                <td>{formatDateTime(e.createdAt)}</td>
                <td>{e.author}</td>
                <td>{e.withdrawn ? <s>{e.text}</s> : e.text}</td>
                <td>
                  {e.status}
                  {e.withdrawnAt ? ` (${formatDateTime(e.withdrawnAt)})` : ''}
                </td>
                <td>
                  {!e.withdrawn && (
                    <button type="button" className="btn small" aria-label={t.withdrawLabel(e.text)} onClick={() => void store.getState().withdrawDecision(e.id)}>
                      {t.withdraw}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
