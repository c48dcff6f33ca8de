import type { StateCreator } from 'zustand';
import { fromStoredDecision, type StepDecision } from '../domain/compare/decisions/stepDecision';
import type { ActivityRef } from '../domain/compare/matching/matchTypes';
import type { RevisionRecord, VariantRecord } from '../domain/model/library';
import type { CompareDecisionRecord } from '../persistence/storedRecords';
import { formatError } from '../shared/errors';
import type { AppState } from './createAppStore';
import type { DecisionIntent } from './compareDecisionIntents';
import { COMPARE_MESSAGES } from './compareMessages';
import { columnNames, defaultIncluded, orderVariants, resolveSoll, type SollChoice } from './compareSelection';
import type { CompareProgressInfo, CompareRun, CompareService, CompareVariantInput, ExplainAnswer, RevisionDiffRun } from './compareService';
import { sollProposalOf } from './compareViews';
import type { AppServices } from './services';

/**
 * The compare page's state: which variants of a process take part, which is the SOLL, the
 * consultants' decisions, and the latest comparison result. Policy: the result of the newest
 * request wins; while a new comparison runs the previous result stays visible (with progress),
 * so a decision never blanks the matrix.
 */
export interface CompareState {
  processId?: string;
  processName: string;
  /** The process's variants that are not in the trash, in column order. */
  variants: VariantRecord[];
  included: string[];
  sollChoice: SollChoice;
  /** Every decision on the process, withdrawn ones included (the log). */
  decisionRecords: CompareDecisionRecord[];
  status: 'idle' | 'loading' | 'running' | 'done' | 'error';
  progress?: CompareProgressInfo;
  run?: CompareRun;
  /** The compared variants' XML by id (what the viewers show). */
  xml: Record<string, string>;
  /** German message of the last failure. */
  error?: string;
  /** German notes about variants that could not be read. */
  warnings: string[];
  /** How long the last run took (loading XML, parsing, matching, all). */
  timings?: { loadMs: number; parseMs: number; compareMs: number; totalMs: number };
  revisionDiff?: RevisionDiffState;
}

/** Two revisions of one variant, diffed. */
export interface RevisionDiffState {
  variantId: string;
  beforeId: string;
  afterId: string;
  status: 'running' | 'done' | 'error';
  result?: RevisionDiffRun;
  beforeXml?: string;
  afterXml?: string;
  error?: string;
}

/** The pseudo revision id of a variant's autosaved working state. */
export const WORKING_COPY_ID = 'arbeitsstand';

export interface CompareSlice {
  compare: CompareState;
  /** Open the comparison of a process: its variants (all by default), decisions, then compare. */
  openCompare(processId: string): Promise<void>;
  closeCompare(): void;
  setCompareIncluded(variantId: string, included: boolean): Promise<void>;
  setCompareSoll(choice: SollChoice): Promise<void>;
  /** Re-read the models (e.g. after editing one elsewhere) and compare again. */
  refreshCompare(): Promise<void>;
  /** Store a consultant's decision (author = the author name) and compare again. */
  decideSteps(intent: DecisionIntent): Promise<boolean>;
  /** Withdraw a decision (it stays in the log) and compare again. */
  withdrawDecision(decisionId: string): Promise<boolean>;
  /** Create the SOLL proposal "at least k of n" as a new SOLL variant (status Entwurf); its id. */
  createSollVariant(minSupport: number): Promise<string | undefined>;
  /** A variant's revisions (newest first), for the revision diff. */
  listCompareRevisions(variantId: string): Promise<{ revisions: RevisionRecord[]; hasWorkingCopy: boolean }>;
  /** Diff two revisions of a variant (`WORKING_COPY_ID` = the autosaved working state). */
  diffCompareRevisions(variantId: string, beforeId: string, afterId: string): Promise<void>;
  /** Why an activity is (not) one step with each of the others, in the context of the shown comparison. */
  explainMatch(a: ActivityRef, others: ActivityRef[]): Promise<ExplainAnswer>;
}

const EMPTY: CompareState = { processName: '', variants: [], included: [], sollChoice: 'auto', decisionRecords: [], status: 'idle', warnings: [], xml: {} };

export function createCompareSlice(services: AppServices): StateCreator<AppState, [], [], CompareSlice> {
  const lib = services.library;
  return (set, get) => {
    /** XML by variant id, loaded once per opening (decisions re-run without re-reading). */
    let xmlCache = new Map<string, string>();
    let generation = 0;
    const patch = (p: Partial<CompareState>) => set({ compare: { ...get().compare, ...p } });
    const service = (): CompareService | undefined => services.compare;

    const loadDecisions = async (processId: string) => {
      const r = await lib.decisions.list(processId, { includeWithdrawn: true });
      if (!r.ok) {
        get().notifyError(r.error);
        return get().compare.decisionRecords;
      }
      return r.value;
    };

    /** Load missing XML, then compare in the worker; only the newest run writes its result. */
    const run = async (options: { reload?: boolean } = {}) => {
      const mine = ++generation;
      const started = performance.now();
      const state = get().compare;
      const compareService = service();
      if (!compareService) return patch({ status: 'error', error: COMPARE_MESSAGES.serviceMissing });
      if (options.reload) xmlCache = new Map();
      const chosen = state.variants.filter((v) => state.included.includes(v.id));
      if (chosen.length < 2) return patch({ status: 'error', error: COMPARE_MESSAGES.tooFewChosen, run: undefined, progress: undefined });
      patch({ status: state.run ? 'running' : 'loading', error: undefined, progress: undefined });
      const warnings: string[] = [];
      for (const v of chosen) {
        if (xmlCache.has(v.id)) continue;
        const working = await lib.drafts.openWorkingCopy(v.id);
        if (working.ok) xmlCache.set(v.id, working.value.xml);
        else warnings.push(COMPARE_MESSAGES.variantUnreadable(v.name, formatError(working.error)));
      }
      if (mine !== generation) return;
      const loadedAt = performance.now();
      const names = columnNames(chosen);
      const inputs: CompareVariantInput[] = chosen
        .filter((v) => xmlCache.has(v.id))
        .map((v) => ({ id: v.id, name: names.get(v.id) ?? v.name, modellart: v.modellart, xml: xmlCache.get(v.id)! }));
      const decisions = state.decisionRecords.map((r) => fromStoredDecision(r)).filter((d): d is StepDecision => !!d);
      const sollId = state.sollChoice === 'none' ? '' : resolveSoll(state.variants, state.included, state.sollChoice);
      const outcome = await compareService.compare({ variants: inputs, decisions, ...(sollId !== undefined ? { sollId } : {}) }, (progress) => {
        if (mine === generation) patch({ progress });
      });
      if (mine !== generation || outcome.status === 'superseded') return;
      if (outcome.status === 'failed') {
        for (const f of outcome.failed) warnings.push(COMPARE_MESSAGES.variantUnreadable(f.name, formatError(f.error)));
        return patch({ status: 'error', error: outcome.message, warnings, progress: undefined });
      }
      for (const f of outcome.run.failed) warnings.push(COMPARE_MESSAGES.variantUnreadable(f.name, formatError(f.error)));
      const totalMs = Math.round(performance.now() - started);
      patch({
        status: 'done',
        run: outcome.run,
        xml: Object.fromEntries(inputs.map((v) => [v.id, v.xml])),
        warnings,
        progress: undefined,
        timings: { loadMs: Math.round(loadedAt - started), parseMs: outcome.run.parseMs, compareMs: outcome.run.compareMs, totalMs }
      });
    };

    return {
      compare: EMPTY,

      openCompare: async (processId) => {
        generation++;
        xmlCache = new Map();
        set({ compare: { ...EMPTY, processId, status: 'loading' } });
        service()?.warmUp?.();
        const [process, variants, decisions] = await Promise.all([lib.processes.get(processId), lib.variants.listSummaries({ processId }), lib.decisions.list(processId, { includeWithdrawn: true })]);
        if (get().compare.processId !== processId) return;
        if (!process.ok || process.value.deletedAt) return patch({ status: 'error', error: COMPARE_MESSAGES.processMissing });
        if (!variants.ok) return patch({ status: 'error', error: formatError(variants.error) });
        const ordered = orderVariants(variants.value);
        patch({
          processName: process.value.name,
          variants: ordered,
          included: defaultIncluded(ordered),
          decisionRecords: decisions.ok ? decisions.value : []
        });
        await run();
      },

      closeCompare: () => {
        generation++;
        xmlCache = new Map();
        set({ compare: EMPTY });
      },

      setCompareIncluded: async (variantId, included) => {
        const current = get().compare.included;
        const next = included ? [...new Set([...current, variantId])] : current.filter((id) => id !== variantId);
        patch({ included: get().compare.variants.map((v) => v.id).filter((id) => next.includes(id)) });
        await run();
      },

      setCompareSoll: async (choice) => {
        patch({ sollChoice: choice });
        await run();
      },

      refreshCompare: async () => {
        const { processId } = get().compare;
        if (!processId) return;
        const variants = await lib.variants.listSummaries({ processId });
        if (variants.ok) {
          const known = new Set(get().compare.variants.map((v) => v.id));
          const ordered = orderVariants(variants.value);
          const included = get().compare.included.filter((id) => ordered.some((v) => v.id === id));
          // new variants (e.g. a SOLL just created) take part by default, as on opening
          for (const v of ordered) if (!known.has(v.id)) included.push(v.id);
          patch({ variants: ordered, included: ordered.map((v) => v.id).filter((id) => included.includes(id)) });
        }
        patch({ decisionRecords: await loadDecisions(processId) });
        await run({ reload: true });
      },

      decideSteps: async (intent) => {
        const { processId } = get().compare;
        if (!processId) return false;
        const r = await lib.decisions.add(processId, { kind: intent.kind, payload: intent.payload, author: get().authorName || 'unbekannt' });
        if (!r.ok) {
          get().notifyError(r.error);
          return false;
        }
        patch({ decisionRecords: await loadDecisions(processId) });
        get().notify('success', COMPARE_MESSAGES.decisionSaved);
        await run();
        return true;
      },

      withdrawDecision: async (decisionId) => {
        const { processId } = get().compare;
        if (!processId) return false;
        const r = await lib.decisions.withdraw(decisionId, get().authorName || 'unbekannt');
        if (!r.ok) {
          get().notifyError(r.error);
          return false;
        }
        patch({ decisionRecords: await loadDecisions(processId) });
        get().notify('info', COMPARE_MESSAGES.decisionWithdrawn);
        await run();
        return true;
      },

      createSollVariant: async (minSupport) => {
        const { processId, processName, run: current } = get().compare;
        const compareService = service();
        if (!processId || !current || !compareService) {
          get().notify('error', COMPARE_MESSAGES.noComparison);
          return undefined;
        }
        const oe = COMPARE_MESSAGES.sollOrganisationseinheit;
        const proposal = sollProposalOf(current, minSupport, processName);
        const process = await lib.processes.get(processId);
        const known = process.ok ? { ...(process.value.prozessschluessel ? { prozessschluessel: process.value.prozessschluessel } : {}), ...(process.value.politikfeld ? { politikfeld: process.value.politikfeld } : {}) } : {};
        const spec = { ...proposal.spec, attributes: { ...proposal.spec.attributes, ...known, organisationseinheit: oe, modellart: 'SOLL' as const, status: 'entwurf' as const, stand: services.now().toISOString().slice(0, 10) } };
        const xml = await compareService.buildProcessXml(spec);
        const parsed = await services.parse(xml, 'soll-vorschlag.bpmn');
        if (!parsed.ok) {
          get().notifyError(parsed.error);
          return undefined;
        }
        const name = `${processName} – SOLL ${oe}`;
        const created = await lib.variants.create(
          processId,
          { organisationseinheit: oe, modellart: 'SOLL', status: 'entwurf', name, elementCount: parsed.value.elementCount },
          xml,
          'create',
          COMPARE_MESSAGES.sollComment(proposal.minSupport, proposal.votingCount),
          get().authorName || 'unbekannt'
        );
        if (!created.ok) {
          get().notifyError(created.error);
          return undefined;
        }
        get().notify('success', COMPARE_MESSAGES.sollCreated(created.value.variant.name));
        return created.value.variant.id;
      },

      listCompareRevisions: async (variantId) => {
        const [revisions, draft] = await Promise.all([lib.revisions.list(variantId), lib.drafts.openWorkingCopy(variantId)]);
        if (!revisions.ok) {
          get().notifyError(revisions.error);
          return { revisions: [], hasWorkingCopy: false };
        }
        return { revisions: revisions.value, hasWorkingCopy: draft.ok && draft.value.source === 'draft' };
      },

      diffCompareRevisions: async (variantId, beforeId, afterId) => {
        const compareService = service();
        if (!compareService) return patch({ revisionDiff: { variantId, beforeId, afterId, status: 'error', error: COMPARE_MESSAGES.serviceMissing } });
        if (!beforeId || !afterId) return patch({ revisionDiff: { variantId, beforeId, afterId, status: 'error', error: COMPARE_MESSAGES.revisionsMissing } });
        patch({ revisionDiff: { variantId, beforeId, afterId, status: 'running' } });
        const body = async (id: string) => {
          if (id !== WORKING_COPY_ID) return lib.revisions.getBody(id);
          const working = await lib.drafts.openWorkingCopy(variantId);
          return working.ok ? { ok: true as const, value: working.value.xml } : working;
        };
        const [before, after] = await Promise.all([body(beforeId), body(afterId)]);
        const stillWanted = () => {
          const d = get().compare.revisionDiff;
          return d?.variantId === variantId && d.beforeId === beforeId && d.afterId === afterId;
        };
        if (!before.ok || !after.ok) {
          const error = !before.ok ? before.error : !after.ok ? after.error : undefined;
          if (stillWanted()) patch({ revisionDiff: { variantId, beforeId, afterId, status: 'error', error: error ? formatError(error) : '' } });
          return;
        }
        const name = get().compare.variants.find((v) => v.id === variantId)?.name ?? variantId;
        const diff = await compareService.diffRevisions({ xml: before.value, name }, { xml: after.value, name });
        if (!stillWanted()) return;
        patch({
          revisionDiff: diff.ok
            ? { variantId, beforeId, afterId, status: 'done', result: diff.value, beforeXml: before.value, afterXml: after.value }
            : { variantId, beforeId, afterId, status: 'error', error: diff.message }
        });
      },

      async explainMatch(a, others) {
        const compareService = service();
        if (!compareService) return { ok: false, message: COMPARE_MESSAGES.serviceMissing };
        return compareService.explain(a, others);
      }
    };
  };
}
