import type { StateCreator } from 'zustand';
import { BERLIN_DISTRICTS, type Modellart } from '../domain/model/gpmAttributes';
import { MAX_BPMN_BYTES } from '../bpmn/validateXmlText';
import { appError, type AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { AppState } from './createAppStore';
import { variantDisplayName } from './librarySlice';
import type { AppServices } from './services';

/** One file in the import dialog: checked, prefilled, changeable — or refused with a reason. */
export interface ImportCandidate {
  id: string;
  fileName: string;
  error?: AppError;
  xml?: string;
  /** True when the file had no diagram information and was laid out automatically. */
  laidOut?: boolean;
  warnings: string[];
  elementCount: number;
  include: boolean;
  processName: string;
  organisationseinheit: string;
  modellart: Modellart;
}

export interface ImportSlice {
  importCandidates: ImportCandidate[] | null;
  importBusy: boolean;
  /** Read and check files; opens the import dialog. Nothing is stored yet. */
  prepareImport(files: Array<{ name: string; size: number; text(): Promise<string> }>): Promise<void>;
  updateCandidate(id: string, patch: Partial<Pick<ImportCandidate, 'include' | 'processName' | 'organisationseinheit' | 'modellart'>>): void;
  cancelImport(): void;
  /** Store every included, valid candidate in one transaction (all or nothing). */
  commitImport(): Promise<boolean>;
}

const FILE_NAME_DISTRICTS = BERLIN_DISTRICTS.map((d) => ({
  district: d,
  key: d.replace('Bezirksamt ', '').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
}));

/** Guess Organisationseinheit and Modellart from a file name like "wohngeld-ist-neukoelln.bpmn". */
export function guessFromFileName(fileName: string): { organisationseinheit?: string; modellart?: Modellart; processName: string } {
  const base = fileName.replace(/\.(bpmn|xml|bpmn2)$/i, '');
  const lower = base.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  const district = FILE_NAME_DISTRICTS.find((d) => d.key.split('-').every((part) => lower.includes(part)));
  const modellart: Modellart | undefined = /(^|[^a-z])soll([^a-z]|$)/.test(lower) ? 'SOLL' : /(^|[^a-z])ist([^a-z]|$)/.test(lower) ? 'IST' : undefined;
  const processName = base.split(/[-_]+/)[0]?.replace(/^\w/, (c) => c.toUpperCase()) || base;
  return { organisationseinheit: district?.district, modellart, processName };
}

export function createImportSlice(services: AppServices): StateCreator<AppState, [], [], ImportSlice> {
  return (set, get) => ({
    importCandidates: null,
    importBusy: false,

    prepareImport: async (files) => {
      set({ importBusy: true });
      const candidates: ImportCandidate[] = [];
      for (const file of files) {
        const guess = guessFromFileName(file.name);
        const base: ImportCandidate = {
          id: newId(),
          fileName: file.name,
          warnings: [],
          elementCount: 0,
          include: false,
          processName: guess.processName,
          organisationseinheit: guess.organisationseinheit ?? '',
          modellart: guess.modellart ?? 'IST'
        };
        if (!/\.(bpmn|xml|bpmn2)$/i.test(file.name)) {
          candidates.push({ ...base, error: appError('import/wrong-extension', { file: file.name, ext: /\.[^.]+$/.exec(file.name)?.[0] ?? 'ohne Endung' }) });
          continue;
        }
        if (file.size > MAX_BPMN_BYTES) {
          candidates.push({
            ...base,
            error: appError('import/too-large', { file: file.name, sizeMb: (file.size / 1048576).toFixed(1), limitMb: String(MAX_BPMN_BYTES / 1048576) })
          });
          continue;
        }
        const text = await file.text();
        const parsed = await services.parse(text, file.name, { byteSize: file.size, allowMissingDiagram: true });
        if (!parsed.ok) {
          candidates.push({ ...base, error: parsed.error });
          continue;
        }
        let xml = parsed.value.xml;
        let laidOut = false;
        let summary = parsed.value;
        if (!parsed.value.hasDiagram) {
          const layout = await services.layoutMissingDiagram(xml, file.name);
          if (!layout.ok) {
            candidates.push({ ...base, error: layout.error });
            continue;
          }
          const again = await services.parse(layout.value, file.name);
          if (!again.ok) {
            candidates.push({ ...base, error: again.error });
            continue;
          }
          xml = layout.value;
          laidOut = true;
          summary = again.value;
        }
        const attrs = summary.attributes;
        candidates.push({
          ...base,
          xml,
          laidOut,
          warnings: summary.warnings,
          elementCount: summary.elementCount,
          include: true,
          processName: summary.name || guess.processName,
          organisationseinheit: attrs.organisationseinheit ?? guess.organisationseinheit ?? '',
          modellart: attrs.modellart ?? guess.modellart ?? 'IST'
        });
      }
      set({ importCandidates: candidates, importBusy: false });
    },

    updateCandidate: (id, patch) => {
      set({ importCandidates: (get().importCandidates ?? []).map((c) => (c.id === id ? { ...c, ...patch } : c)) });
    },

    cancelImport: () => set({ importCandidates: null }),

    commitImport: async () => {
      const candidates = (get().importCandidates ?? []).filter((c) => c.include && !c.error && c.xml);
      if (!candidates.length) {
        set({ importCandidates: null });
        return false;
      }
      set({ importBusy: true });
      const author = get().authorName || 'unbekannt';
      const r = await services.library.variants.importFiles(
        candidates.map((c) => ({
          process: { processName: c.processName.trim() || 'Unbenannter Prozess' },
          meta: {
            organisationseinheit: c.organisationseinheit.trim() || 'ohne Organisationseinheit',
            modellart: c.modellart,
            name: variantDisplayName(c.processName.trim() || 'Unbenannter Prozess', c.modellart, c.organisationseinheit.trim() || 'ohne Organisationseinheit'),
            elementCount: c.elementCount
          },
          xml: c.xml!,
          author,
          fileName: c.fileName,
          comment: c.laidOut ? `Importiert aus „${c.fileName}“ (automatisch angeordnet)` : `Importiert aus „${c.fileName}“`
        }))
      );
      set({ importBusy: false });
      if (!r.ok) {
        get().notifyError(r.error);
        return false;
      }
      set({ importCandidates: null });
      get().notify('success', r.value.length === 1 ? '1 Modell importiert.' : `${r.value.length} Modelle importiert.`);
      await get().refreshLibrary();
      return true;
    }
  });
}
