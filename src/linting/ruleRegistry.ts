/**
 * Where rules come from: a `RuleRegistry` names rule factories, their catalog records and the
 * profile configs. The default registry is the convention plugin (`bpmnlint-plugin-gpm`), read
 * through its generated static rule index so that the same code works in Node, Vitest, tsx and
 * the Vite bundle; tests build registries from fixture rules.
 */
import pluginIndex from 'bpmnlint-plugin-gpm/lib/ruleModules.js';
import type { RuleCategory, Severity } from '../domain/model/finding';
import type { LintConfig, RuleFactory } from './ruleApi';
import type { Profile } from './profiles';

/** A rule's metadata as recorded in the plugin catalog (`catalog/<category>.json`). */
export interface RuleRecord {
  id: string;
  /** Catalog code, e.g. `MK-STR-01`. */
  code?: string;
  category: RuleCategory;
  kind?: string;
  title?: { de?: string; en?: string };
  description?: { de?: string; en?: string };
  rationale?: string;
  severity?: Partial<Record<Profile, Severity | 'warn' | 'off'>>;
  params?: Record<string, unknown>;
  profileParams?: Partial<Record<Profile, Record<string, unknown>>>;
  quickFix?: unknown;
  [key: string]: unknown;
}

/** Rules, their metadata and the profile configs the engine resolves a lint run from. */
export interface RuleRegistry {
  /** The factory of a rule, or undefined when no rule module exists for the id. */
  factory(id: string): RuleFactory | undefined;
  /** The catalog record of a rule, if any. */
  record(id: string): RuleRecord | undefined;
  /** All catalog records in catalog order. */
  records(): readonly RuleRecord[];
  /** The flat config of a profile (rule id → level or `[level, params]`), in catalog order. */
  profileConfig(profile: Profile): LintConfig;
}

/** Build a registry from explicit parts (used for the plugin and for test fixtures). */
export function createRuleRegistry(parts: {
  factories: Record<string, RuleFactory>;
  records?: readonly RuleRecord[];
  configs?: Partial<Record<Profile, LintConfig>>;
}): RuleRegistry {
  const records = parts.records ?? [];
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    factory: (id) => (Object.prototype.hasOwnProperty.call(parts.factories, id) ? parts.factories[id] : undefined),
    record: (id) => byId.get(id),
    records: () => records,
    profileConfig: (profile) => parts.configs?.[profile] ?? { rules: {} }
  };
}

let pluginRegistry: RuleRegistry | undefined;

/** The convention plugin as a registry (built once; rule instances are still fresh per run). */
export function getPluginRegistry(): RuleRegistry {
  if (!pluginRegistry) {
    const index = pluginIndex as {
      ruleModules: Record<string, RuleFactory>;
      loadCatalog(): RuleRecord[];
      buildConfigs(): Record<Profile, LintConfig>;
    };
    pluginRegistry = createRuleRegistry({ factories: index.ruleModules, records: index.loadCatalog(), configs: index.buildConfigs() });
  }
  return pluginRegistry;
}
