/**
 * The small slice of diagram-js services our convention modules (lint markers, quick fixes,
 * waivers, restricted palette) use, typed loosely: diagram-js ships no usable types for them.
 */
import type { ModdleElement } from '../../moddle';

/** A shape, connection or root element on the canvas. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
  parent?: DiagramElement;
  labelTarget?: DiagramElement;
  labels?: DiagramElement[];
  waypoints?: Array<{ x: number; y: number }>;
  incoming?: DiagramElement[];
  outgoing?: DiagramElement[];
  source?: DiagramElement;
  target?: DiagramElement;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
  find(fn: (element: DiagramElement) => boolean): DiagramElement | undefined;
  filter(fn: (element: DiagramElement) => boolean): DiagramElement[];
  getAll(): DiagramElement[];
}

export interface Canvas {
  getRootElement(): DiagramElement;
  addMarker(element: DiagramElement | string, marker: string): void;
  removeMarker(element: DiagramElement | string, marker: string): void;
  scrollToElement(element: DiagramElement, padding?: number | Record<string, number>): void;
  zoom(value?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number;
  viewbox(box?: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number; scale: number };
}

export interface EventBus {
  on(event: string | string[], priority: number, callback: (event: any) => unknown): void;
  on(event: string | string[], callback: (event: any) => unknown): void;
  off(event: string | string[], callback: (event: any) => unknown): void;
  fire(event: string, data?: Record<string, unknown>): unknown;
}

export interface Overlays {
  add(element: DiagramElement | string, type: string, overlay: { position: Record<string, number>; html: HTMLElement | string; show?: { minZoom?: number; maxZoom?: number } }): string;
  remove(filter: string | { element?: DiagramElement | string; type?: string }): void;
}

export interface CommandStack {
  execute(command: string, context: Record<string, unknown>): void;
  registerHandler(command: string, handler: unknown): void;
  canExecute(command: string, context: Record<string, unknown>): boolean;
}

export interface Selection {
  select(elements: DiagramElement | DiagramElement[] | null, add?: boolean): void;
  get(): DiagramElement[];
}
