import type { StateCreator } from 'zustand';
import type { Modellart } from '../domain/model/gpmAttributes';
import type { ProcessRecord, VariantRecord } from '../domain/model/library';
import type { VariantFilter } from '../persistence/variantFilter';
import type { AppError } from '../shared/errors';
import { appError } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { AppState } from './createAppStore';
import type { AppServices } from './services';

/** The start screen: processes with their variants, filters, and every library action. */
export interface LibrarySlice {
  processes: ProcessRecord[];
  variants: VariantRecord[];
  libraryLoaded: boolean;
  filter: VariantFilter;
  authorName: string;
  refreshLibrary(): Promise<void>;
  setFilter(patch: Partial<VariantFilter>): void;
  setAuthorName(name: string): Promise<void>;
  createProcess(input: { name: string; prozessschluessel?: string; politikfeld?: string }): Promise<Result<ProcessRecord, AppError>>;
  renameProcess(processId: string, name: string): Promise<Result<ProcessRecord, AppError>>;
  deleteProcess(processId: string): Promise<void>;
  createVariant(processId: string, input: { organisationseinheit: string; modellart: Modellart }): Promise<Result<VariantRecord, AppError>>;
  duplicateVariant(variantId: string, input: { organisationseinheit: string; modellart: Modellart }): Promise<Result<VariantRecord, AppError>>;
  renameVariant(variantId: string, name: string): Promise<Result<VariantRecord, AppError>>;
  deleteVariant(variantId: string): Promise<void>;
  /** Load the samples into the library (first start, or "Beispiele laden"). */
  loadSamples(options?: { onlyIfEmpty?: boolean }): Promise<void>;
}

/** Display name of a variant: "Wohngeld – IST Bezirksamt Neukölln". */
export function variantDisplayName(processName: string, modellart: Modellart, organisationseinheit: string): string {
  return `${processName} – ${modellart} ${organisationseinheit}`.trim();
}

export function createLibrarySlice(services: AppServices): StateCreator<AppState, [], [], LibrarySlice> {
  const lib = services.library;
  return (set, get) => {
    const fail = <T>(r: Result<T, AppError>): r is { ok: false; error: AppError } => {
      if (!r.ok) get().notifyError(r.error);
      return !r.ok;
    };

    return {
      processes: [],
      variants: [],
      libraryLoaded: false,
      filter: {},
      authorName: '',

      refreshLibrary: async () => {
        const [processes, variants, author] = await Promise.all([lib.processes.list(), lib.variants.listSummaries(get().filter), lib.settings.get('authorName')]);
        if (fail(processes) || fail(variants)) return;
        set({ processes: processes.value, variants: variants.value, libraryLoaded: true, authorName: (author.ok && author.value) || get().authorName });
      },

      setFilter: (patch) => {
        set({ filter: { ...get().filter, ...patch } });
        void get().refreshLibrary();
      },

      setAuthorName: async (name) => {
        const r = await lib.settings.set('authorName', name.trim());
        if (!fail(r)) set({ authorName: name.trim() });
      },

      createProcess: async (input) => {
        const r = await lib.processes.create(input);
        if (r.ok) await get().refreshLibrary();
        return r;
      },

      renameProcess: async (processId, name) => {
        const r = await lib.processes.rename(processId, name);
        if (r.ok) await get().refreshLibrary();
        return r;
      },

      deleteProcess: async (processId) => {
        const r = await lib.processes.delete(processId);
        if (fail(r)) return;
        get().notify('info', `„${r.value.name}“ wurde in den Papierkorb verschoben.`);
        await get().refreshLibrary();
      },

      createVariant: async (processId, input) => {
        const process = get().processes.find((p) => p.id === processId);
        if (!process) return err(appError('library/not-found', { what: 'Der Prozess' }));
        const oe = input.organisationseinheit.trim();
        if (!oe) return err(appError('library/name-required'));
        const xml = await services.blankModel({ processName: process.name, organisationseinheit: oe, modellart: input.modellart, prozessschluessel: process.prozessschluessel });
        const parsed = await services.parse(xml, 'neu.bpmn');
        if (!parsed.ok) return parsed;
        const r = await lib.variants.create(
          processId,
          { organisationseinheit: oe, modellart: input.modellart, name: variantDisplayName(process.name, input.modellart, oe), elementCount: parsed.value.elementCount },
          xml,
          'create',
          'Neu angelegt',
          get().authorName || 'unbekannt'
        );
        if (!r.ok) return r;
        await get().refreshLibrary();
        return ok(r.value.variant);
      },

      duplicateVariant: async (variantId, input) => {
        const source = get().variants.find((v) => v.id === variantId);
        if (!source) return err(appError('library/not-found', { what: 'Die Variante' }));
        const process = get().processes.find((p) => p.id === source.processId);
        const working = await lib.drafts.openWorkingCopy(variantId);
        if (!working.ok) return working;
        const xml = await services.rewriteProcessInfo(working.value.xml, {
          organisationseinheit: input.organisationseinheit,
          modellart: input.modellart,
          status: 'entwurf'
        });
        const name = variantDisplayName(process?.name ?? source.name, input.modellart, input.organisationseinheit);
        const r = await lib.variants.duplicate(variantId, {
          author: get().authorName || 'unbekannt',
          organisationseinheit: input.organisationseinheit,
          modellart: input.modellart,
          name,
          xml,
          comment: `Kopie von „${source.name}“`
        });
        if (!r.ok) return r;
        await get().refreshLibrary();
        return ok(r.value.variant);
      },

      renameVariant: async (variantId, name) => {
        const r = await lib.variants.rename(variantId, name);
        if (r.ok) await get().refreshLibrary();
        return r;
      },

      deleteVariant: async (variantId) => {
        const r = await lib.variants.delete(variantId);
        if (fail(r)) return;
        get().notify('info', `„${r.value.name}“ wurde in den Papierkorb verschoben. Wiederherstellen über „Papierkorb“.`);
        await get().refreshLibrary();
      },

      loadSamples: async (options = {}) => {
        if (options.onlyIfEmpty) {
          const flag = await lib.settings.get('samplesLoaded');
          const existing = await lib.variants.listSummaries({ includeDeleted: true });
          if ((flag.ok && flag.value) || (existing.ok && existing.value.length > 0)) return;
        }
        const all = await services.loadSamples();
        if (!all.length) {
          if (!options.onlyIfEmpty) get().notify('warning', 'Es sind keine Beispielmodelle vorhanden.');
          return;
        }
        // "Beispiele laden" restores what is missing; samples still in the library are not duplicated
        const active = await lib.variants.listSummaries({});
        const present = new Set(active.ok ? active.value.map((v) => v.sampleKey).filter(Boolean) : []);
        const samples = all.filter((s) => !present.has(s.key));
        if (!samples.length) {
          get().notify('info', 'Alle Beispielmodelle sind bereits in der Bibliothek.');
          return;
        }
        const items = [];
        for (const s of samples) {
          const parsed = await services.parse(s.xml, s.file);
          if (!parsed.ok) {
            get().notifyError(parsed.error);
            continue;
          }
          items.push({
            process: { processName: s.processName, prozessschluessel: parsed.value.attributes.prozessschluessel, politikfeld: parsed.value.attributes.politikfeld },
            meta: {
              organisationseinheit: s.organisationseinheit,
              modellart: s.modellart,
              status: parsed.value.attributes.status ?? 'entwurf',
              name: variantDisplayName(s.processName, s.modellart, s.organisationseinheit),
              elementCount: parsed.value.elementCount,
              sampleKey: s.key
            },
            xml: s.xml,
            author: 'Beispiel',
            fileName: s.file,
            kind: 'sample' as const,
            comment: `Beispiel: ${s.description}`
          });
        }
        const r = await lib.variants.importFiles(items);
        if (fail(r)) return;
        await lib.settings.set('samplesLoaded', true);
        get().notify('success', r.value.length === 1 ? '1 Beispielmodell geladen.' : `${r.value.length} Beispielmodelle geladen.`);
        await get().refreshLibrary();
      }
    };
  };
}
