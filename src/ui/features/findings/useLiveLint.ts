/**
 * Live convention checks while modelling.
 *
 * Models up to `WORKER_THRESHOLD_FLOW_NODES` flow nodes are linted on the live moddle tree
 * `LINT_DEBOUNCE_MS` after the last `commandStack.changed` — one lint per pause, never lint work
 * per change; an incremental linter re-checks only the elements `elements.changed` reported. Big models are linted in the worker on the XML the autosave serialises
 * (so the model is not serialised twice): after the same quiet time the hook asks the autosave
 * to run now (`requestSerialization`) instead of after its own longer pause. A profile switch
 * on a big model serialises once in time slices. Every request carries an increasing id; the store drops results older
 * than the ones shown.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Moddle, ModdleElement } from '../../../bpmn/moddle';
import { serializeSliced } from '../../../bpmn/serializeSliced';
import { useAppState, useAppStore } from '../../../state/hooks';
import type { ModelerHandle } from '../editor/ModelerCanvas';

/** Quiet time after an edit before a small model is linted (the result shows well within 300 ms). */
export const LINT_DEBOUNCE_MS = 120;
/**
 * Above this many flow nodes the model is linted in the worker. Measured in Chromium with
 * `npm run bench:live-lint` (2 cores): with the incremental linter (only what an edit can affect
 * is re-checked) the main-thread lint after an edit takes ~10 ms at 200 and ~21 ms at 1,000 flow
 * nodes; edit → findings on screen ~140 ms (main) against ~210/345 ms via the worker, which must
 * parse the whole XML. The first, full lint after opening grows with the model, so very big
 * models stay in the worker.
 */
export const WORKER_THRESHOLD_FLOW_NODES = 2000;

/** The threshold; `localStorage['gpm.lintWorkerThreshold']` overrides it (for measurements only). */
function workerThreshold(): number {
  const raw = typeof localStorage !== 'undefined' ? localStorage.getItem('gpm.lintWorkerThreshold') : null;
  const value = raw === null ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : WORKER_THRESHOLD_FLOW_NODES;
}

let nextRequestId = 1;

type Definitions = ModdleElement;

/** Flow nodes in the diagram (one pass over the registry; called once per lint, not per change). */
export function countFlowNodes(handle: ModelerHandle): number {
  const registry = handle.modeler.get('elementRegistry') as { filter(fn: (e: { businessObject?: { $instanceOf?(t: string): boolean }; labelTarget?: unknown }) => boolean): unknown[] };
  return registry.filter((e) => !e.labelTarget && !!e.businessObject?.$instanceOf?.('bpmn:FlowNode')).length;
}

const now = () => performance.now();

/** The live-lint controller of the editor: call its handlers from the modeler's events and the autosave. */
export function useLiveLint(handleRef: React.RefObject<ModelerHandle | null>, variantId: string, requestSerialization?: () => void) {
  const store = useAppStore();
  const profile = useAppState((s) => s.lintProfile);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editAt = useRef<number | undefined>(undefined);
  const big = useRef(false);
  /** The variant the modeler's current import belongs to (the handle outlives a variant switch until the next import). */
  const readyFor = useRef<string | undefined>(undefined);
  /** Ids of elements changed since the last tree lint (from `elements.changed`); undefined = lint everything. */
  const changedIds = useRef<Set<string> | undefined>(undefined);
  const detachListener = useRef<(() => void) | undefined>(undefined);

  const takeEditAt = () => {
    const at = editAt.current;
    editAt.current = undefined;
    return at;
  };

  const lintXml = useCallback(
    (xml: string, at?: number) => {
      changedIds.current = undefined; // the next tree lint checks everything again
      void store.getState().runLiveLint({ variantId, requestId: nextRequestId++, source: { kind: 'xml', xml }, editAt: at });
    },
    [store, variantId]
  );

  /** Lint the live tree now, unless the model is big (then the XML path takes over). */
  const lintTree = useCallback((): boolean => {
    const handle = handleRef.current;
    if (!handle || readyFor.current !== variantId) return true;
    big.current = countFlowNodes(handle) > workerThreshold();
    if (big.current) return false;
    const definitions = (handle.modeler as unknown as { getDefinitions(): Definitions }).getDefinitions();
    const ids = changedIds.current ? [...changedIds.current] : undefined;
    changedIds.current = new Set();
    void store.getState().runLiveLint({ variantId, requestId: nextRequestId++, source: { kind: 'tree', definitions, changedIds: ids }, editAt: takeEditAt() });
    return true;
  }, [handleRef, store, variantId]);

  /** Serialise in time slices and lint in the worker (big models without an autosave at hand). */
  const lintSerialized = useCallback(async () => {
    const handle = handleRef.current;
    if (!handle || readyFor.current !== variantId) return;
    const count = handle.changeCount();
    const moddle = handle.modeler.get('moddle') as unknown as Moddle;
    const definitions = (handle.modeler as unknown as { getDefinitions(): Definitions }).getDefinitions();
    const xml = await serializeSliced(moddle, definitions, { isStale: () => handle.changeCount() !== count });
    if (xml !== undefined) lintXml(xml, takeEditAt());
  }, [handleRef, lintXml, variantId]);

  /** After import: the XML just imported is the model's state, so big models need no serialisation. */
  const onReady = useCallback(
    (handle: ModelerHandle, importedXml: string) => {
      if (timer.current) clearTimeout(timer.current);
      readyFor.current = variantId;
      editAt.current = now();
      // collect what each edit touches (a Set insert per changed element: no lint work per change)
      detachListener.current?.();
      changedIds.current = undefined;
      const eventBus = handle.modeler.get('eventBus') as { on(e: string, fn: (ev: { elements?: Array<{ id: string; labelTarget?: { id: string } }> }) => void): void; off(e: string, fn: unknown): void };
      const onElementsChanged = (ev: { elements?: Array<{ id: string; labelTarget?: { id: string } }> }) => {
        for (const e of ev.elements ?? []) changedIds.current?.add(e.labelTarget ? e.labelTarget.id : e.id);
      };
      eventBus.on('elements.changed', onElementsChanged);
      detachListener.current = () => eventBus.off('elements.changed', onElementsChanged);
      big.current = countFlowNodes(handle) > workerThreshold();
      if (big.current) lintXml(importedXml, takeEditAt());
      else lintTree();
    },
    [lintTree, lintXml, variantId]
  );

  const serializationRef = useRef(requestSerialization);
  serializationRef.current = requestSerialization;

  /** On every `commandStack.changed`: only a timestamp and a timer. */
  const onChanged = useCallback(() => {
    editAt.current ??= now();
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (big.current && serializationRef.current) serializationRef.current();
      else if (!lintTree()) void lintSerialized();
    }, LINT_DEBOUNCE_MS);
  }, [lintTree, lintSerialized]);

  /** The autosave serialised the current state: big models are linted on exactly this XML. */
  const onSerialized = useCallback(
    (xml: string) => {
      if (!big.current || editAt.current === undefined || readyFor.current !== variantId) return;
      const handle = handleRef.current;
      if (handle && countFlowNodes(handle) <= workerThreshold()) {
        big.current = false;
        lintTree();
        return;
      }
      lintXml(xml, takeEditAt());
    },
    [handleRef, lintTree, lintXml, variantId]
  );

  // a profile switch re-lints the current state
  const firstProfile = useRef(true);
  useEffect(() => {
    if (firstProfile.current) {
      firstProfile.current = false;
      return;
    }
    if (!handleRef.current) return;
    editAt.current = now();
    changedIds.current = undefined;
    if (!lintTree()) void lintSerialized();
  }, [profile, handleRef, lintTree, lintSerialized]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      detachListener.current?.();
    },
    []
  );

  return useMemo(() => ({ onReady, onChanged, onSerialized }), [onReady, onChanged, onSerialized]);
}
