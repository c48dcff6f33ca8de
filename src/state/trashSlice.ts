import type { StateCreator } from 'zustand';
import type { ProcessRecord, VariantRecord } from '../domain/model/library';
import type { AppError } from '../shared/errors';
import type { Result } from '../shared/result';
import type { AppState } from './createAppStore';
import type { AppServices } from './services';

/** The trash: restore or delete for good. */
export interface TrashSlice {
  trash: { processes: ProcessRecord[]; variants: VariantRecord[] } | null;
  loadTrash(): Promise<void>;
  restoreProcess(id: string): Promise<void>;
  restoreVariant(id: string): Promise<void>;
  purgeProcess(id: string): Promise<void>;
  purgeVariant(id: string): Promise<void>;
  emptyTrash(): Promise<void>;
}

export function createTrashSlice(services: AppServices): StateCreator<AppState, [], [], TrashSlice> {
  const lib = services.library;
  return (set, get) => {
    const after = async (r: Result<unknown, AppError>, text: string) => {
      if (!r.ok) get().notifyError(r.error);
      else get().notify('success', text);
      await get().loadTrash();
      await get().refreshLibrary();
    };
    return {
      trash: null,
      loadTrash: async () => {
        const r = await lib.trash.list();
        if (r.ok) set({ trash: r.value });
        else get().notifyError(r.error);
      },
      restoreProcess: async (id) => after(await lib.processes.restore(id), 'Prozess wiederhergestellt.'),
      restoreVariant: async (id) => after(await lib.variants.restore(id), 'Variante wiederhergestellt.'),
      purgeProcess: async (id) => after(await lib.processes.purge(id), 'Prozess endgültig gelöscht.'),
      purgeVariant: async (id) => after(await lib.variants.purge(id), 'Variante endgültig gelöscht.'),
      emptyTrash: async () => after(await lib.trash.empty(), 'Papierkorb geleert.')
    };
  };
}
