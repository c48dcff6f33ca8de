import { useCallback, useEffect, useRef } from 'react';
import { serializeSliced } from '../../../bpmn/serializeSliced';
import type { Moddle, ModdleElement } from '../../../bpmn/moddle';
import type { ModelerHandle } from './ModelerCanvas';
import type { ProcessAttributes } from '../../../domain/model/gpmAttributes';
import { readProcessAttributes } from '../../../bpmn/gpm/readGpmAttributes';
import { mainProcess } from '../../../bpmn/gpm/rewriteProcessInfo';

/** What the library lists of a model's own Steckbrief (status, Modellart, OE), read from the live model. */
export type SteckbriefMeta = Pick<ProcessAttributes, 'status' | 'modellart' | 'organisationseinheit'>;

function steckbriefOf(definitions: ModdleElement): SteckbriefMeta {
  const process = mainProcess(definitions);
  const a = process ? readProcessAttributes(process) : undefined;
  return { status: a?.status, modellart: a?.modellart, organisationseinheit: a?.organisationseinheit };
}

/** Autosave timing: wait for a pause of `quietMs`, but never longer than `maxWaitMs` after the first change. */
export const AUTOSAVE_QUIET_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 800;

/** Count of diagram elements a user would count (no labels, no root). */
export function countElements(handle: ModelerHandle): number {
  const registry = handle.modeler.get('elementRegistry') as { getAll(): Array<{ type: string; labelTarget?: unknown }> };
  return registry.getAll().filter((e) => !e.labelTarget && e.type !== 'bpmn:Process' && e.type !== 'bpmn:Collaboration').length;
}

/**
 * Autosave within a second of every change without blocking the page: the model is written in
 * time slices (`serializeSliced`), restarted when the user edits meanwhile, then handed to `save`.
 * Flushes immediately when the tab is hidden (closing, switching apps).
 */
export function useAutosave(handleRef: React.RefObject<ModelerHandle | null>, save: (xml: string, elementCount: number, steckbrief: SteckbriefMeta) => Promise<void>) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstPendingAt = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | undefined>(undefined);
  const savedCount = useRef(0);
  const saveRef = useRef(save);
  saveRef.current = save;

  const run = useCallback(async (): Promise<void> => {
    const handle = handleRef.current;
    if (!handle) return;
    if (running.current) {
      await running.current;
      if (handle.changeCount() === savedCount.current) return;
    }
    const job = (async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const startCount = handle.changeCount();
        const moddle = handle.modeler.get('moddle') as unknown as Moddle;
        const definitions = (handle.modeler as unknown as { getDefinitions(): ModdleElement }).getDefinitions();
        const xml = await serializeSliced(moddle, definitions, { isStale: () => handle.changeCount() !== startCount });
        if (xml === undefined) continue; // edited meanwhile: write the newer state
        savedCount.current = startCount;
        await saveRef.current(xml, countElements(handle), steckbriefOf(definitions));
        return;
      }
    })();
    running.current = job;
    try {
      await job;
    } finally {
      if (running.current === job) running.current = undefined;
    }
  }, [handleRef]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    firstPendingAt.current = undefined;
    await run();
  }, [run]);

  const schedule = useCallback(() => {
    const now = Date.now();
    firstPendingAt.current ??= now;
    if (timer.current) clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(AUTOSAVE_QUIET_MS, firstPendingAt.current + AUTOSAVE_MAX_WAIT_MS - now));
    timer.current = setTimeout(() => void flush(), wait);
  }, [flush]);

  const reset = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    firstPendingAt.current = undefined;
    savedCount.current = 0;
  }, []);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden' && timer.current) void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  return { schedule, flush, reset, isPending: () => timer.current !== undefined || running.current !== undefined };
}
