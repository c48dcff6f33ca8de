/**
 * The Prüfprotokoll from the app: for the open variant (its live findings) or for a selection
 * of variants (their working copies, linted in the background worker with each variant's own
 * profile), optionally against an earlier revision whose body is linted with the same profile.
 */
import type { StateCreator } from 'zustand';
import type { RevisionRecord, VariantRecord } from '../domain/model/library';
import type { Profile } from '../linting/profiles';
import type { ReviewReport, ReviewVariantInput } from '../linting/report/reviewReportTypes';
import { appError, type AppError } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { AppState } from './createAppStore';
import type { ReportFormat } from './lintService';
import type { AppServices } from './services';

/** A variant to report on, and the revision to compare with (none: no delta). */
export interface ReportVariantChoice {
  variantId: string;
  previousRevisionId?: string;
}

export interface ReviewSlice {
  /** Report on the open variant's current state (its live findings). */
  buildOpenVariantReport(previousRevisionId?: string): Promise<Result<ReviewReport, AppError>>;
  /** Report on several variants (e.g. of one process), each with its own profile. */
  buildVariantsReport(choices: readonly ReportVariantChoice[], title?: string): Promise<Result<ReviewReport, AppError>>;
  /** A variant's revisions, newest first (for choosing the comparison). */
  listVariantRevisions(variantId: string): Promise<RevisionRecord[]>;
  /** The report as a downloadable file. */
  exportReviewReport(report: ReviewReport, format: ReportFormat): { fileName: string; mime: string; text: string };
}

const REVISION_KIND_DE: Record<string, string> = {
  create: 'Angelegt',
  import: 'Importiert',
  version: 'Version',
  restore: 'Wiederhergestellt',
  duplicate: 'Kopie',
  sample: 'Beispiel'
};

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** "Version vom 12.03.2025, 14:05 – Nach dem Workshop". */
export function revisionLabel(r: Pick<RevisionRecord, 'kind' | 'createdAt' | 'comment'>): string {
  return `${REVISION_KIND_DE[r.kind] ?? 'Version'} vom ${dateTime(r.createdAt)}${r.comment ? ` – ${r.comment}` : ''}`;
}

/** A file name without characters file systems dislike. */
function fileSlug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'Modell';
}

export function createReviewSlice(services: AppServices): StateCreator<AppState, [], [], ReviewSlice> {
  const lib = services.library;
  const lint = services.lint;

  return (_set, get) => {
    /** Findings of an earlier revision, linted with `profile`. */
    const previousOf = async (revisionId: string | undefined, profile: Profile): Promise<Result<ReviewVariantInput['previous'], AppError>> => {
      if (!revisionId) return ok(undefined);
      const [meta, body] = await Promise.all([lib.revisions.get(revisionId), lib.revisions.getBody(revisionId)]);
      if (!meta.ok) return meta;
      if (!body.ok) return body;
      const run = await lint.lintXmlQueued(body.value, profile, revisionLabel(meta.value));
      if (run.status === 'failed') return err(run.error);
      if (run.status === 'superseded') return err(appError('lint/worker-failed', { reason: 'abgebrochen' }));
      return ok({ label: revisionLabel(meta.value), findings: run.result.findings });
    };

    const base = (v: VariantRecord) => ({ name: v.name, variantId: v.id, organisationseinheit: v.organisationseinheit, modellart: v.modellart });

    return {
      buildOpenVariantReport: async (previousRevisionId) => {
        const session = get().session;
        const live = get().liveLint;
        if (!session || !live || live.variantId !== session.variant.id) return err(appError('lint/worker-failed', { reason: 'Das Modell ist noch nicht geprüft' }));
        const previous = await previousOf(previousRevisionId, live.profile);
        if (!previous.ok) return previous;
        const input: ReviewVariantInput = {
          ...base(session.variant),
          revisionLabel: `Arbeitsstand vom ${dateTime(get().lastSavedAt ?? services.now().toISOString())}`,
          profile: live.profile,
          findings: live.result.findings,
          checkedElements: live.result.stats.checkedElements,
          ...(previous.value ? { previous: previous.value } : {})
        };
        return ok(lint.buildReport([input], { title: `Prüfprotokoll – ${session.variant.name}`, createdAt: services.now(), ...(get().authorName ? { reviewer: get().authorName } : {}) }));
      },

      buildVariantsReport: async (choices, title) => {
        const inputs: ReviewVariantInput[] = [];
        for (const choice of choices) {
          const wc = await lib.drafts.openWorkingCopy(choice.variantId);
          if (!wc.ok) return wc;
          const variant = wc.value.variant;
          const profile = lint.profileForModellart(variant.modellart);
          const run = await lint.lintXmlQueued(wc.value.xml, profile, variant.name);
          if (run.status === 'failed') return err(run.error);
          if (run.status === 'superseded') return err(appError('lint/worker-failed', { reason: 'abgebrochen' }));
          const previous = await previousOf(choice.previousRevisionId, profile);
          if (!previous.ok) return previous;
          inputs.push({
            ...base(variant),
            revisionLabel: wc.value.source === 'draft' ? 'Aktueller Arbeitsstand' : 'Aktuelle Version',
            profile,
            findings: run.result.findings,
            checkedElements: run.result.stats.checkedElements,
            ...(previous.value ? { previous: previous.value } : {})
          });
        }
        return ok(lint.buildReport(inputs, { ...(title ? { title } : {}), createdAt: services.now(), ...(get().authorName ? { reviewer: get().authorName } : {}) }));
      },

      listVariantRevisions: async (variantId) => {
        const r = await lib.revisions.list(variantId);
        return r.ok ? r.value : [];
      },

      exportReviewReport: (report, format) => {
        const file = lint.exportReport(report, format);
        const day = report.createdAt.slice(0, 10);
        const subject = report.variants.length === 1 ? report.variants[0].name : report.title;
        return { fileName: `Pruefprotokoll-${fileSlug(subject)}-${day}${file.extension}`, mime: file.mime, text: file.text };
      }
    };
  };
}
