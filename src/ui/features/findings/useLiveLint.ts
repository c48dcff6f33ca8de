/**
 * Live convention checks while modelling.
 *
 * Small models (≤ `WORKER_THRESHOLD_FLOW_NODES` flow nodes) are linted on the live moddle tree
 * `LINT_DEBOUNCE_MS` after the last `commandStack.changed` — one lint per pause, never work per
 * element per change. Big models are linted in the worker on the XML the autosave has just
 * serialised (so the model is not serialised twice); a profile switch on a big model serialises
 * once in time slices. Every request carries an increasing id; the store drops results older
 * than the ones shown.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Moddle, ModdleElement } from '../../../bpmn/moddle';
import { serializeSliced } from '../../../bpmn/serializeSliced';
import { useAppState, useAppStore } from '../../../state/hooks';
import type { ModelerHandle } from '../editor/ModelerCanvas';

/** Quiet time after an edit before a small model is linted (the result shows well within 300 ms). */
export const LINT_DEBOUNCE_MS = 120;
/** Above this many flow nodes the model is linted in the worker (chosen by measuring, see the findings README in the report). */
export const WORKER_THRESHOLD_FLOW_NODES = 300;

let nextRequestId = 1;

type Definitions = ModdleElement;

/** Flow nodes in the diagram (one pass over the registry; called once per lint, not per change). */
export function countFlowNodes(handle: ModelerHandle): number {
  const registry = handle.modeler.get('elementRegistry') as { filter(fn: (e: { businessObject?: { $instanceOf?(t: string): boolean }; labelTarget?: unknown }) => boolean): unknown[] };
  return registry.filter((e) => !e.labelTarget && !!e.businessObject?.$instanceOf?.('bpmn:FlowNode')).length;
}

const now = () => performance.now();

/** The live-lint controller of the editor: call its handlers from the modeler's events and the autosave. */
export function useLiveLint(handleRef: React.RefObject<ModelerHandle | null>, variantId: string) {
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
    big.current = countFlowNodes(handle) > WORKER_THRESHOLD_FLOW_NODES;
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
      big.current = countFlowNodes(handle) > WORKER_THRESHOLD_FLOW_NODES;
      if (big.current) lintXml(importedXml, takeEditAt());
      else lintTree();
    },
    [lintTree, lintXml, variantId]
  );

  /** On every `commandStack.changed`: only a timestamp and a timer. */
  const onChanged = useCallback(() => {
    editAt.current ??= now();
    if (big.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (!lintTree()) void lintSerialized();
    }, LINT_DEBOUNCE_MS);
  }, [lintTree, lintSerialized]);

  /** The autosave serialised the current state: big models are linted on exactly this XML. */
  const onSerialized = useCallback(
    (xml: string) => {
      if (!big.current || editAt.current === undefined || readyFor.current !== variantId) return;
      const handle = handleRef.current;
      if (handle && countFlowNodes(handle) <= WORKER_THRESHOLD_FLOW_NODES) {
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
