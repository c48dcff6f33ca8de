/**
 * Type declarations for the parts of the convention plugin (CommonJS) that the app imports:
 * the rule metadata API. Everything else (`bpmnlint-plugin-gpm`, rule modules) stays loosely
 * typed through `src/types/modules.d.ts`.
 */

/** Severity of a rule in a profile, as written in `catalog/*.json`. */
type GpmCatalogSeverity = 'error' | 'warning' | 'info' | 'off';

/** One record of the rule catalog (`catalog/<category>.json`). */
interface GpmRuleRecord {
  id: string;
  code: string;
  category: 'palette' | 'structure' | 'organisation' | 'naming' | 'layout' | 'documentation' | 'digitisation';
  kind: 'core' | 'custom' | 'heuristic';
  title: { de: string; en: string };
  description: { de: string; en: string };
  rationale: string;
  appliesTo: string[];
  severity: Record<'basis' | 'experte' | 'soll' | 'fim', GpmCatalogSeverity>;
  params?: Record<string, unknown>;
  profileParams?: Partial<Record<'basis' | 'experte' | 'soll' | 'fim', Record<string, unknown>>>;
  sources: string[];
  falsePositives?: string;
  berlinRef: string | null;
  quickFix?: string;
}

interface GpmRuleMetaApi {
  /** The catalog record of a rule by id (with or without `gpm/` prefix) or by code. */
  getRuleMeta(idOrCode: string): GpmRuleRecord | undefined;
  /** Every catalog record in catalog order, optionally of one category. */
  listRules(category?: GpmRuleRecord['category']): GpmRuleRecord[];
  /** Severity of a rule in a profile; 'off' for unknown rules. */
  severityIn(idOrCode: string, profile: string): GpmCatalogSeverity;
  /** Parameters of a rule in a profile (base params overlaid with the profile's). */
  paramsIn(idOrCode: string, profile: string): Record<string, unknown>;
  /** `docs/<rule-id>.md`, relative to the plugin folder. */
  docsPath(idOrCode: string): string | undefined;
  /** 'gpm/x' and 'bpmnlint-plugin-gpm/x' → 'x'. */
  plainRuleId(name: string): string;
  PROFILES: readonly string[];
}

declare module 'bpmnlint-plugin-gpm/lib/ruleMeta.js' {
  const api: GpmRuleMetaApi;
  export const getRuleMeta: GpmRuleMetaApi['getRuleMeta'];
  export const listRules: GpmRuleMetaApi['listRules'];
  export const severityIn: GpmRuleMetaApi['severityIn'];
  export const paramsIn: GpmRuleMetaApi['paramsIn'];
  export const docsPath: GpmRuleMetaApi['docsPath'];
  export const plainRuleId: GpmRuleMetaApi['plainRuleId'];
  export const PROFILES: GpmRuleMetaApi['PROFILES'];
  export default api;
}

declare module 'bpmnlint-plugin-gpm/lib/ruleMeta' {
  export * from 'bpmnlint-plugin-gpm/lib/ruleMeta.js';
  export { default } from 'bpmnlint-plugin-gpm/lib/ruleMeta.js';
}
