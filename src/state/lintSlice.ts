/**
 * Convention checks in the app: live findings of the open variant (latest model state wins),
 * the profile (follows the variant, switchable), the restricted-palette option, and the
 * background lint that gives every library variant its error/warning counts.
 *
 * Policy: a result is applied only when it belongs to the open variant, was computed with the
 * current profile, and was requested after the one shown — so a slow worker answer can never
 * overwrite findings of a newer model state. Counts go to the library only for the variant's
 * own profile (IST → basis, SOLL → soll), so library badges stay comparable.
 */
import type { StateCreator } from 'zustand';
import type { VariantRecord } from '../domain/model/library';
import type { LintResult } from '../linting/lintTypes';
import type { Profile } from '../linting/profiles';
import { appError, type AppError } from '../shared/errors';
import type { AppState } from './createAppStore';
import { libraryLintCounts, sameCounts } from './libraryLintCounts';
import type { LintRun, RuleInfo } from './lintService';
import type { AppServices } from './services';

/** The findings shown for the open variant. */
export interface LiveLint {
  variantId: string;
  requestId: number;
  profile: Profile;
  result: LintResult;
  via: 'main' | 'worker';
  /** Milliseconds from the edit (or open) to this result being applied. */
  latencyMs?: number;
}

/** One live lint request from the editor. */
export interface LiveLintRequest {
  variantId: string;
  /** Increases with every request (model state order). */
  requestId: number;
  /** The live moddle tree (small models) or the model's XML (big models, linted in the worker). */
  source: { kind: 'tree'; definitions: unknown; changedIds?: string[] } | { kind: 'xml'; xml: string };
  /** `performance.now()` of the edit the request reflects. */
  editAt?: number;
}

export interface LintSlice {
  lintProfile: Profile;
  restrictPalette: boolean;
  liveLint: LiveLint | null;
  liveLintError?: AppError;
  libraryLint: { running: boolean; done: number; total: number };
  /** Profile follows the variant's Modellart; clears the findings of another variant. */
  lintSessionStarted(variant: Pick<VariantRecord, 'id' | 'modellart'>): void;
  setLintProfile(profile: Profile): void;
  setRestrictPalette(on: boolean): void;
  runLiveLint(request: LiveLintRequest): Promise<void>;
  /** Lint variants without counts (e.g. samples after first load) one at a time in the worker. */
  lintUnlintedVariants(): Promise<void>;
  /** Catalog metadata of a rule (title, code, category, severities). */
  ruleInfo(ruleId: string): RuleInfo | undefined;
  /** IST → `basis`, SOLL → `soll`. */
  profileForModellart(modellart: VariantRecord['modellart']): Profile;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function createLintSlice(services: AppServices): StateCreator<AppState, [], [], LintSlice> {
  const lib = services.library;
  const lint = services.lint;
  const failedInBackground = new Set<string>();

  return (set, get) => {
    /** Store counts on the variant when they changed (one write, never per lint). */
    const persistCounts = async (variantId: string, profile: Profile, result: LintResult) => {
      const variant = get().session?.variant;
      if (!variant || variant.id !== variantId || profile !== lint.profileForModellart(variant.modellart)) return;
      const counts = libraryLintCounts(result);
      if (sameCounts(variant, counts)) return;
      const u = await lib.variants.updateMeta(variantId, counts);
      if (!u.ok) return;
      const session = get().session;
      if (session?.variant.id === variantId) set({ session: { ...session, variant: { ...session.variant, ...counts } } });
      set({ variants: get().variants.map((v) => (v.id === variantId ? { ...v, ...counts } : v)) });
    };

    return {
      lintProfile: 'basis',
      restrictPalette: false,
      liveLint: null,
      libraryLint: { running: false, done: 0, total: 0 },

      lintSessionStarted: (variant) => {
        const current = get().liveLint;
        set({
          lintProfile: lint.profileForModellart(variant.modellart),
          ...(current && current.variantId !== variant.id ? { liveLint: null } : {}),
          liveLintError: undefined
        });
      },

      setLintProfile: (profile) => set({ lintProfile: profile }),

      ruleInfo: (ruleId) => lint.ruleInfo(ruleId),

      profileForModellart: (modellart) => lint.profileForModellart(modellart),

      setRestrictPalette: (on) => set({ restrictPalette: on }),

      runLiveLint: async (request) => {
        const profile = get().lintProfile;
        const isStale = () => {
          const shown = get().liveLint;
          return (
            get().session?.variant.id !== request.variantId ||
            get().lintProfile !== profile ||
            (!!shown && shown.variantId === request.variantId && shown.profile === profile && shown.requestId >= request.requestId)
          );
        };
        // A tree lint always runs (it is synchronous and cheap): the incremental linter must see every
        // edit, or a later re-lint would miss the ids of a dropped request. Only its result may be dropped.
        if (request.source.kind === 'xml' && isStale()) return;
        let run: LintRun;
        try {
          run =
            request.source.kind === 'tree'
              ? { status: 'done', result: lint.lintTree(request.source.definitions, profile, request.source.changedIds) }
              : await lint.lintXmlLatest(request.source.xml, profile);
        } catch (e) {
          // rule failures are findings already; anything else is a bug in the engine, shown instead of thrown
          run = { status: 'failed', error: appError('lint/worker-failed', { reason: e instanceof Error ? e.message : String(e) }, e) };
        }
        if (run.status === 'superseded' || isStale()) return;
        if (run.status === 'failed') {
          set({ liveLintError: run.error });
          return;
        }
        set({
          liveLint: {
            variantId: request.variantId,
            requestId: request.requestId,
            profile,
            result: run.result,
            via: request.source.kind === 'tree' ? 'main' : 'worker',
            ...(request.editAt !== undefined ? { latencyMs: now() - request.editAt } : {})
          },
          liveLintError: undefined
        });
        await persistCounts(request.variantId, profile, run.result);
      },

      lintUnlintedVariants: async () => {
        if (get().libraryLint.running) return;
        const pending = get().variants.filter((v) => v.errorCount === undefined && !v.deletedAt && !failedInBackground.has(v.id));
        if (!pending.length) return;
        set({ libraryLint: { running: true, done: 0, total: pending.length } });
        let done = 0;
        for (const v of pending) {
          if (get().session?.variant.id !== v.id) {
            const wc = await lib.drafts.openWorkingCopy(v.id);
            const run = wc.ok ? await lint.lintXmlQueued(wc.value.xml, lint.profileForModellart(v.modellart), v.name) : undefined;
            if (run?.status === 'done') {
              const counts = libraryLintCounts(run.result);
              const u = await lib.variants.updateMeta(v.id, counts);
              if (u.ok) set({ variants: get().variants.map((x) => (x.id === v.id ? { ...x, ...counts } : x)) });
            } else {
              failedInBackground.add(v.id);
            }
          }
          set({ libraryLint: { running: true, done: ++done, total: pending.length } });
        }
        set({ libraryLint: { running: false, done, total: pending.length } });
      }
    };
  };
}
