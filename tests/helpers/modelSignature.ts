import type { ModdleElement } from '../../src/bpmn/moddle';

/**
 * A canonical, order-preserving description of a moddle tree: every element with its type, id,
 * attribute values (incl. foreign `$attrs`, e.g. camunda:/signavio:), references by id, body text
 * and generic (unknown) extension elements. Two models with equal signatures carry the same
 * semantic elements, diagram shapes and foreign extensions.
 */
export interface ModelSignature {
  /** One line per element: path, type, attributes. */
  lines: string[];
  counts: { semantic: number; shapes: number; edges: number; foreignAttributes: number; genericElements: number };
}

type Descriptor = { properties: Array<{ name: string; isAttr?: boolean; isReference?: boolean; isMany?: boolean; isBody?: boolean; type: string }>; isGeneric?: boolean };

function describe(el: ModdleElement): Descriptor | undefined {
  return (el as unknown as { $descriptor?: Descriptor }).$descriptor;
}

const SIMPLE = new Set(['String', 'Boolean', 'Integer', 'Real']);

function fmt(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') {
    const o = v as ModdleElement;
    if (typeof o.id === 'string') return `#${o.id}`;
  }
  return JSON.stringify(v);
}

/** Compute the signature of a parsed model. */
export function modelSignature(root: ModdleElement): ModelSignature {
  const lines: string[] = [];
  const counts = { semantic: 0, shapes: 0, edges: 0, foreignAttributes: 0, genericElements: 0 };
  const walk = (el: ModdleElement, path: string) => {
    const d = describe(el);
    const parts: string[] = [el.$type];
    if (el.$type === 'bpmndi:BPMNShape') counts.shapes++;
    else if (el.$type === 'bpmndi:BPMNEdge') counts.edges++;
    else if (el.$type.startsWith('bpmn:')) counts.semantic++;
    const attrs = el.$attrs ?? {};
    for (const k of Object.keys(attrs).sort()) {
      // namespace declarations and xsi:type (type information, already in $type) are not content
      if (k.startsWith('xmlns') || k === 'xsi:type') continue;
      parts.push(`@${k}=${attrs[k]}`);
      counts.foreignAttributes++;
    }
    if (!d || d.isGeneric) {
      counts.genericElements++;
      for (const k of Object.keys(el).sort()) {
        if (k.startsWith('$')) continue;
        parts.push(`${k}=${fmt(el[k])}`);
      }
      if (el.$body !== undefined) parts.push(`body=${JSON.stringify(el.$body)}`);
      lines.push(`${path} ${parts.join(' ')}`);
      const children = (el.$children as ModdleElement[] | undefined) ?? [];
      children.forEach((c, i) => walk(c, `${path}/${i}`));
      return;
    }
    const childProps: Array<{ name: string; isMany?: boolean }> = [];
    for (const p of d.properties) {
      const v = el[p.name];
      if (v === undefined) continue;
      if (p.isReference) {
        parts.push(`${p.name}->${Array.isArray(v) ? v.map(fmt).join(',') : fmt(v)}`);
      } else if (p.isAttr || p.isBody || SIMPLE.has(p.type)) {
        if (p.isMany && Array.isArray(v)) parts.push(`${p.name}=${JSON.stringify(v)}`);
        else parts.push(`${p.name}=${fmt(v)}`);
      } else {
        childProps.push(p);
      }
    }
    lines.push(`${path} ${parts.join(' ')}`);
    for (const p of childProps) {
      const v = el[p.name];
      if (Array.isArray(v)) v.forEach((c, i) => walk(c as ModdleElement, `${path}/${p.name}[${i}]`));
      else if (v && typeof v === 'object') walk(v as ModdleElement, `${path}/${p.name}`);
    }
  };
  walk(root, '');
  return { lines, counts };
}
