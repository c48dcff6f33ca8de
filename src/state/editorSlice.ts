import type { StateCreator } from 'zustand';
import type { ProcessAttributes } from '../domain/model/gpmAttributes';
import type { RevisionRecord, VariantRecord } from '../domain/model/library';
import { formatError, type AppError } from '../shared/errors';
import type { AppState } from './createAppStore';
import type { AppServices } from './services';

/** The open variant, its autosave state and its revision history. */
export interface EditorSession {
  variant: VariantRecord;
  /** XML the modeler imports; changes only on open, restore or reload. */
  xml: string;
  /** Changes whenever `xml` must be (re-)imported. */
  modelKey: string;
  /** Draft counter this tab knows (optimistic concurrency). */
  counter: number;
  baseRevisionId: string;
  openedFrom: 'draft' | 'revision';
}

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface EditorSlice {
  session: EditorSession | null;
  sessionLoading: boolean;
  saveState: SaveState;
  lastSavedAt?: string;
  saveError?: AppError;
  revisions: RevisionRecord[];
  openVariant(variantId: string): Promise<void>;
  closeVariant(): void;
  markPending(): void;
  /**
   * Store the working copy (autosave). `steckbrief` = the model's own status, Modellart and OE
   * (gpm:processInfo): the library's metadata follows them.
   */
  autosave(xml: string, elementCount?: number, steckbrief?: Pick<ProcessAttributes, 'status' | 'modellart' | 'organisationseinheit'>): Promise<void>;
  /** Make an immutable revision with a comment. */
  saveVersion(xml: string, comment: string): Promise<boolean>;
  /** Restore an older revision as a new revision and reopen it. */
  restoreRevision(revisionId: string): Promise<void>;
  /** After a conflict: load what the other tab saved. */
  reloadFromStorage(): Promise<void>;
  /** After a conflict: keep this tab's state as a new variant (copy) and open it. */
  keepAsCopy(xml: string): Promise<string | undefined>;
  refreshRevisions(): Promise<void>;
}

export function createEditorSlice(services: AppServices): StateCreator<AppState, [], [], EditorSlice> {
  const lib = services.library;
  let openSeq = 0;
  return (set, get) => ({
    session: null,
    sessionLoading: false,
    saveState: 'saved',
    revisions: [],

    openVariant: async (variantId) => {
      const seq = ++openSeq;
      set({ sessionLoading: true, saveError: undefined });
      const wc = await lib.drafts.openWorkingCopy(variantId);
      if (seq !== openSeq) return;
      if (!wc.ok) {
        set({ sessionLoading: false, session: null });
        get().notifyError(wc.error);
        return;
      }
      const { variant, xml, counter, baseRevisionId, source, staleDraft } = wc.value;
      set({
        session: { variant, xml, modelKey: `${variant.id}:${baseRevisionId}:${counter}:${Date.now()}`, counter, baseRevisionId, openedFrom: source },
        sessionLoading: false,
        saveState: 'saved',
        lastSavedAt: undefined
      });
      if (staleDraft) {
        get().notify('warning', 'Ein älterer, nicht als Version gespeicherter Arbeitsstand dieser Variante wurde durch eine neuere Version ersetzt und wird nicht mehr geöffnet.');
      }
      await get().refreshRevisions();
    },

    closeVariant: () => {
      openSeq++;
      set({ session: null, revisions: [], saveState: 'saved', saveError: undefined });
    },

    markPending: () => {
      if (get().saveState !== 'conflict') set({ saveState: 'pending' });
    },

    autosave: async (xml, elementCount, steckbrief) => {
      const session = get().session;
      if (!session || get().saveState === 'conflict') return;
      set({ saveState: 'saving' });
      const r = await lib.drafts.save(session.variant.id, xml, {
        expectedCounter: session.counter,
        writerId: services.tabId,
        baseRevisionId: session.baseRevisionId
      });
      const current = get().session;
      if (!current || current.variant.id !== session.variant.id) return;
      if (!r.ok) {
        if (r.error.code === 'storage/conflict') set({ saveState: 'conflict', saveError: r.error });
        else {
          set({ saveState: 'error', saveError: r.error });
          get().notifyError(r.error);
        }
        return;
      }
      set({ session: { ...current, counter: r.value.counter }, saveState: get().saveState === 'saving' ? 'saved' : get().saveState, lastSavedAt: r.value.savedAt, saveError: undefined });
      const patch: Partial<Pick<VariantRecord, 'elementCount' | 'status' | 'modellart' | 'organisationseinheit'>> = {};
      if (elementCount !== undefined && elementCount !== current.variant.elementCount) patch.elementCount = elementCount;
      if (steckbrief?.status && steckbrief.status !== current.variant.status) patch.status = steckbrief.status;
      if (steckbrief?.modellart && steckbrief.modellart !== current.variant.modellart) patch.modellart = steckbrief.modellart;
      const oe = steckbrief?.organisationseinheit?.trim();
      if (oe && oe !== current.variant.organisationseinheit) patch.organisationseinheit = oe;
      if (Object.keys(patch).length) {
        const u = await lib.variants.updateMeta(current.variant.id, patch);
        if (u.ok && get().session?.variant.id === u.value.id) set({ session: { ...get().session!, variant: u.value } });
      }
    },

    saveVersion: async (xml, comment) => {
      const session = get().session;
      if (!session) return false;
      const r = await lib.revisions.append(session.variant.id, xml, {
        kind: 'version',
        comment: comment.trim() || 'Version gespeichert',
        author: get().authorName || 'unbekannt',
        parentRevisionId: session.baseRevisionId
      });
      if (!r.ok) {
        if (r.error.code === 'storage/conflict') set({ saveState: 'conflict', saveError: r.error });
        else get().notifyError(r.error);
        return false;
      }
      // the new head: continue autosaving on top of it
      const wc = await lib.drafts.openWorkingCopy(session.variant.id);
      if (wc.ok) {
        set({ session: { ...session, variant: wc.value.variant, counter: wc.value.counter, baseRevisionId: wc.value.baseRevisionId }, saveState: 'saved', lastSavedAt: r.value.createdAt });
      }
      get().notify('success', `Version gespeichert: „${r.value.comment}“`);
      await get().refreshRevisions();
      return true;
    },

    restoreRevision: async (revisionId) => {
      const session = get().session;
      if (!session) return;
      const author = get().authorName || 'unbekannt';
      // 1. unsaved work on top of the head becomes a version first, so the restore loses nothing
      let head = session.baseRevisionId;
      const draft = await lib.drafts.load(session.variant.id);
      const headBody = draft.ok && draft.value && draft.value.baseRevisionId === head ? await lib.revisions.getBody(head) : undefined;
      // formatted (version) and unformatted (autosave) writes of the same model differ only between tags
      const sameModel = (a: string, b: string) => a === b || a.replace(/>\s+</g, '><').trim() === b.replace(/>\s+</g, '><').trim();
      if (draft.ok && draft.value && headBody?.ok && !sameModel(headBody.value, draft.value.xml)) {
        const kept = await lib.revisions.append(session.variant.id, draft.value.xml, {
          kind: 'version',
          comment: 'Arbeitsstand vor der Wiederherstellung (automatisch gesichert)',
          author,
          parentRevisionId: head
        });
        if (!kept.ok) {
          get().notifyError(kept.error);
          return;
        }
        head = kept.value.id;
      }
      // 2. the restore itself: a new revision with the old body
      const r = await lib.revisions.restore(revisionId, { author, expectedHeadRevisionId: head });
      if (!r.ok) {
        get().notifyError(r.error);
        return;
      }
      get().notify('success', 'Version wiederhergestellt (als neue Version; nichts wurde überschrieben).');
      await get().openVariant(session.variant.id);
    },

    reloadFromStorage: async () => {
      const session = get().session;
      if (session) await get().openVariant(session.variant.id);
    },

    keepAsCopy: async (xml) => {
      const session = get().session;
      if (!session) return undefined;
      const process = get().processes.find((p) => p.id === session.variant.processId);
      const r = await lib.variants.create(
        session.variant.processId,
        {
          organisationseinheit: session.variant.organisationseinheit,
          modellart: session.variant.modellart,
          status: 'entwurf',
          name: `${session.variant.name} (Kopie ${new Date().toLocaleString('de-DE')})`,
          elementCount: session.variant.elementCount
        },
        xml,
        'duplicate',
        `Kopie wegen gleichzeitiger Bearbeitung in einem anderen Tab${process ? ` (${process.name})` : ''}`,
        get().authorName || 'unbekannt'
      );
      if (!r.ok) {
        get().notify('error', formatError(r.error));
        return undefined;
      }
      get().notify('success', `Ihr Stand wurde als „${r.value.variant.name}“ gespeichert.`);
      await get().refreshLibrary();
      return r.value.variant.id;
    },

    refreshRevisions: async () => {
      const session = get().session;
      if (!session) return;
      const r = await lib.revisions.list(session.variant.id);
      if (r.ok && get().session?.variant.id === session.variant.id) set({ revisions: r.value });
    }
  });
}
