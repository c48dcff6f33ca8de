/**
 * Live convention checks while modelling.
 *
 * Small models (≤ `WORKER_THRESHOLD_FLOW_NODES` flow nodes) are linted on the live moddle tree
 * `LINT_DEBOUNCE_MS` after the last `commandStack.changed` — one lint per pause, never work per
 * element per change. Big models are linted in the worker on the XML the autosave serialises
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
 * Above this many flow nodes the model is linted in the worker. Chosen by measuring in Chromium
 * (`tests/e2e/conventionsLatency.e2e.ts`, 2 cores shared with other work): on the main thread the
 * lint is one blocking task of ~45 ms at 200, ~60–110 ms at 300 and ~170–260 ms at 1,000 flow
 * nodes. At 300 nodes edit → findings took ~180 ms on the main thread against ~270 ms via the
 * worker; above that the main-thread task grows past 100 ms, so the worker keeps the UI responsive.
 */
export const WORKER_THRESHOLD_FLOW_NODES = 300;

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

  const takeEditAt = () => {
    const at = editAt.current;
    editAt.current = undefined;
    return at;
  };

  const lintXml = useCallback(
    (xml: string, at?: number) => {
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
    void store.getState().runLiveLint({ variantId, requestId: nextRequestId++, source: { kind: 'tree', definitions }, editAt: takeEditAt() });
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
    if (!lintTree()) void lintSerialized();
  }, [profile, handleRef, lintTree, lintSerialized]);

  useEffect(() => () => timer.current && clearTimeout(timer.current), []);

  return useMemo(() => ({ onReady, onChanged, onSerialized }), [onReady, onChanged, onSerialized]);
}
