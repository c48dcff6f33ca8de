import { useEffect, useRef } from 'react';
import { createModeler, type BpmnModeler } from '../../../bpmn/modeler/createModeler';
import { fitDiagram, type FitCanvas } from './fitDiagram';

/**
 * The one component that owns a bpmn-js modeler: creates it, imports the XML, reports changes
 * through our own counter on `commandStack.changed`, and destroys it (with every listener it
 * added) on unmount. Parents talk to the modeler through `onReady`'s handle.
 */
export interface ModelerHandle {
  modeler: BpmnModeler;
  /** Number of command-stack changes since import (our dirty counter). */
  changeCount(): number;
}

export interface ModelerCanvasProps {
  /** XML imported once per `modelKey`. */
  xml: string;
  /** Changes when a different model (or a restored revision) must be imported. */
  modelKey: string;
  propertiesParent?: HTMLElement | null;
  additionalModules?: unknown[];
  onReady?(handle: ModelerHandle, warnings: string[]): void;
  onChanged?(changeCount: number): void;
  onImportError?(message: string): void;
  onSelectionChanged?(elementIds: string[]): void;
}

const EVENTS = ['commandStack.changed', 'selection.changed'] as const;

/** bpmn-js canvas; see `ModelerHandle`. */
export function ModelerCanvas(props: ModelerCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<BpmnModeler | null>(null);
  const counterRef = useRef(0);
  const propsRef = useRef(props);
  propsRef.current = props;

  // create / destroy the modeler (once per properties host)
  useEffect(() => {
    if (!containerRef.current) return;
    const modeler = createModeler({
      container: containerRef.current,
      propertiesParent: props.propertiesParent ?? undefined,
      additionalModules: props.additionalModules
    });
    modelerRef.current = modeler;
    const eventBus = modeler.get('eventBus') as { on(e: string, fn: (ev: unknown) => void): void; off(e: string, fn: (ev: unknown) => void): void };
    const handlers: Record<(typeof EVENTS)[number], (ev: unknown) => void> = {
      'commandStack.changed': () => {
        counterRef.current += 1;
        propsRef.current.onChanged?.(counterRef.current);
      },
      'selection.changed': (ev) => {
        const sel = ((ev as { newSelection?: Array<{ id: string }> }).newSelection ?? []).map((e) => e.id);
        propsRef.current.onSelectionChanged?.(sel);
      }
    };
    for (const e of EVENTS) eventBus.on(e, handlers[e]);
    return () => {
      for (const e of EVENTS) eventBus.off(e, handlers[e]);
      modeler.destroy();
      modelerRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.propertiesParent]);

  // import on model change
  useEffect(() => {
    const modeler = modelerRef.current;
    if (!modeler) return;
    let cancelled = false;
    counterRef.current = 0;
    modeler
      .importXML(props.xml)
      .then(({ warnings }) => {
        if (cancelled) return;
        fitDiagram(modeler.get('canvas') as FitCanvas);
        const handle: ModelerHandle = { modeler, changeCount: () => counterRef.current };
        // for support and tests: how many import warnings bpmn-js had for this model
        containerRef.current?.setAttribute('data-import-warnings', String(warnings.length));
        propsRef.current.onReady?.(handle, (warnings as unknown as Array<{ message?: string } | string>).map((w) => (typeof w === 'string' ? w : w.message ?? '')));
      })
      .catch((e: Error) => {
        if (!cancelled) propsRef.current.onImportError?.(e.message);
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.modelKey, props.propertiesParent]);

  return <div className="canvas" ref={containerRef} data-testid="modeler-canvas" data-model-key={props.modelKey} />;
}
