import { useState } from 'react';
import type { Finding } from '../../../domain/model/finding';
import { Dialog } from '../../components/Dialog';
import { FINDINGS_TEXTS, WAIVER_TEXTS as T } from './texts';

/** Ask for the reason (required) and, when the store has none, the author of a waiver. */
export function WaiverDialog(props: {
  finding: Finding;
  ruleTitle: string;
  authorName: string;
  onClose(): void;
  onConfirm(reason: string, author: string): void;
}) {
  const [reason, setReason] = useState('');
  const [author, setAuthor] = useState(props.authorName);
  const [tried, setTried] = useState(false);
  const f = props.finding;
  const submit = () => {
    setTried(true);
    if (!reason.trim()) return;
    props.onConfirm(reason.trim(), author.trim());
  };
  return (
    <Dialog
      title={T.title}
      onClose={props.onClose}
      footer={
        <>
          <button className="btn" onClick={props.onClose}>{T.cancel}</button>
          <button className="btn primary" onClick={submit}>{T.confirm}</button>
        </>
      }
    >
      <p style={{ margin: 0 }}>{T.intro}</p>
      <dl className="waiver-facts">
        <dt>{T.rule}</dt>
        <dd>{f.code ? `${f.code} · ` : ''}{props.ruleTitle}</dd>
        <dt>{T.element}</dt>
        <dd>{f.elementName || FINDINGS_TEXTS.unnamed(f.elementId)}</dd>
        <dt>{T.finding}</dt>
        <dd>{f.message}</dd>
      </dl>
      <label className="field">
        {T.reason}
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={T.reasonPlaceholder}
          aria-invalid={tried && !reason.trim()}
          onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && submit()}
        />
      </label>
      {tried && !reason.trim() && <div className="field-error" role="alert">{T.reasonRequired}</div>}
      {!props.authorName && (
        <label className="field">
          {T.author}
          <input value={author} onChange={(e) => setAuthor(e.target.value)} />
          <span className="hint">{T.authorHint}</span>
        </label>
      )}
    </Dialog>
  );
}
