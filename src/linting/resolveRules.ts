/**
 * Resolves which rules a lint run executes: the profile's (or an explicit config's) rules with
 * their severities and parameters, then the team's per-rule overrides on top.
 */
import type { RuleCategory, Severity } from '../domain/model/finding';
import type { LintConfig, RuleSetting } from './ruleApi';
import type { Profile } from './profiles';
import type { RuleRecord, RuleRegistry } from './ruleRegistry';

/** A team's change to one rule: another severity, `off`, and/or other parameters. */
export interface RuleOverride {
  severity?: Severity | 'warn' | 'off';
  params?: Record<string, unknown>;
}

/** Per-rule overrides by rule id (e.g. from the team's settings). */
export type RuleOverrides = Record<string, RuleOverride>;

/** One rule as a lint run executes it. */
export interface ResolvedRule {
  id: string;
  code?: string;
  category: RuleCategory;
  severity: Severity;
  /** Parameters handed to the rule factory. */
  params: Record<string, unknown>;
  record?: RuleRecord;
}

/** How to choose the rules: a profile of the registry, or an explicit flat config. */
export interface RuleSelection {
  profile?: Profile;
  config?: LintConfig;
  ruleOverrides?: RuleOverrides;
}

const LEVELS: Record<string, Severity | 'off'> = {
  off: 'off', '0': 'off',
  warn: 'warning', warning: 'warning', '1': 'warning',
  error: 'error', '2': 'error',
  info: 'info', '3': 'info'
};

/** A rule id without the plugin prefix (`gpm/x`, `bpmnlint-plugin-gpm/x` → `x`), as findings name rules. */
export function normalizeRuleId(id: string): string {
  return id.replace(/^(bpmnlint-plugin-)?gpm\//, '');
}

/** Map a bpmnlint level (`warn`, 2, …) or a severity to our severity; undefined when unknown. */
export function toSeverity(level: unknown): Severity | 'off' | undefined {
  return LEVELS[String(level).toLowerCase()];
}

function parseSetting(setting: RuleSetting): { severity: Severity | 'off' | undefined; params: Record<string, unknown> } {
  if (Array.isArray(setting)) return { severity: toSeverity(setting[0]), params: { ...(setting[1] ?? {}) } };
  return { severity: toSeverity(setting), params: {} };
}

/** Catalog parameters of a rule for a profile (the defaults when a rule is switched on by override). */
function catalogParams(record: RuleRecord | undefined, profile: Profile | undefined): Record<string, unknown> {
  return { ...(record?.params ?? {}), ...((profile && record?.profileParams?.[profile]) ?? {}) };
}

/**
 * The rules to run, in a deterministic order: the config's order (catalog order for profiles),
 * then rules switched on only by an override, in catalog order, then unknown ids by name.
 * Rules that are `off` are dropped; unknown severities count as `off`.
 */
export function resolveRules(registry: RuleRegistry, selection: RuleSelection): ResolvedRule[] {
  const profile = selection.config ? undefined : selection.profile ?? 'basis';
  const config = selection.config ?? registry.profileConfig(profile ?? 'basis');
  const chosen = new Map<string, { severity: Severity | 'off' | undefined; params: Record<string, unknown> }>();
  for (const [id, setting] of Object.entries(config.rules)) chosen.set(normalizeRuleId(id), parseSetting(setting));

  const overrides: RuleOverrides = {};
  for (const [id, override] of Object.entries(selection.ruleOverrides ?? {})) overrides[normalizeRuleId(id)] = override;
  const catalogOrder = new Map(registry.records().map((r, i) => [r.id, i]));
  const added = Object.keys(overrides)
    .filter((id) => !chosen.has(id))
    .sort((a, b) => (catalogOrder.get(a) ?? Infinity) - (catalogOrder.get(b) ?? Infinity) || a.localeCompare(b));
  for (const id of added) chosen.set(id, { severity: undefined, params: catalogParams(registry.record(id), profile) });

  const resolved: ResolvedRule[] = [];
  for (const [id, base] of chosen) {
    const override = overrides[id];
    const severity = override?.severity !== undefined ? toSeverity(override.severity) : base.severity;
    if (!severity || severity === 'off') continue;
    const record = registry.record(id);
    resolved.push({
      id,
      code: record?.code,
      category: record?.category ?? 'structure',
      severity,
      params: { ...base.params, ...(override?.params ?? {}) },
      record
    });
  }
  return resolved;
}
