import { useEffect, useState } from 'react';
import type { Profile } from '../../../linting/profiles';
import { useAppStore } from '../../../state/hooks';
import { Dialog } from '../../components/Dialog';
import { MarkdownView } from './MarkdownView';
import { loadRuleDoc } from './ruleDocs';
import { CATEGORY_LABELS, PROFILE_LABELS, PROFILES, RULE_DOC_TEXTS as T, SEVERITY_LABELS } from './texts';

/** A rule's explanation: catalog facts and its German docs page with correct and incorrect examples. */
export function RuleDocDialog({ ruleId, profile, onClose }: { ruleId: string; profile: Profile; onClose(): void }) {
  const store = useAppStore();
  const info = store.getState().ruleInfo(ruleId);
  const [doc, setDoc] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    loadRuleDoc(ruleId).then((text) => alive && setDoc(text ?? null), () => alive && setDoc(null));
    return () => {
      alive = false;
    };
  }, [ruleId]);
  const severityText = (p: Profile) => {
    const s = info?.severity[p];
    if (!s || s === 'off') return T.off;
    return SEVERITY_LABELS[(s === 'warn' ? 'warning' : s) as 'error' | 'warning' | 'info'] ?? s;
  };
  return (
    <Dialog title={`${info?.code ? `${info.code} · ` : ''}${info?.title ?? ruleId}`} onClose={onClose} wide footer={<button className="btn" onClick={onClose} data-close>{T.close}</button>}>
      <div className="rule-doc" data-testid="rule-doc">
        <p className="rule-facts">
          {info && <span className="badge status">{CATEGORY_LABELS[info.category] ?? info.category}</span>}{' '}
          <span className="muted">{T.severityIn}: </span>
          {PROFILES.map((p) => (
            <span key={p} className={`profile-severity${p === profile ? ' current' : ''}`}>{PROFILE_LABELS[p]}: {severityText(p)}</span>
          ))}
        </p>
        {doc === undefined && <p>{T.loading}</p>}
        {doc === null && (
          <>
            {info?.description && <p>{info.description}</p>}
            {info?.rationale && <p><strong>{T.why}</strong> {info.rationale}</p>}
            <p className="muted">{T.missing}</p>
          </>
        )}
        {doc && <MarkdownView source={doc} skipFirstHeading />}
      </div>
    </Dialog>
  );
}
