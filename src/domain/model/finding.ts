/**
 * A convention finding as shown in the editor, the report and the CLI.
 */
export type Severity = 'error' | 'warning' | 'info';

export type RuleCategory =
  | 'palette'
  | 'structure'
  | 'organisation'
  | 'naming'
  | 'layout'
  | 'documentation'
  | 'digitisation';

export interface Finding {
  /** Rule id without plugin prefix, e.g. `activity-label-object-infinitive`; `rule-error` for crashed rules. */
  rule: string;
  /** Catalog code, e.g. `MK-NAME-02`. */
  code?: string;
  category: RuleCategory | 'rule-error';
  severity: Severity;
  /** Element the finding is about; the definitions id for model-wide findings. */
  elementId: string;
  elementName: string;
  message: string;
  /** Set when a waiver on the element accepts this finding. */
  waived?: { reason: string; author?: string; createdAt?: string };
}
