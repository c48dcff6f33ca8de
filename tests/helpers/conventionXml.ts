/**
 * Emits BPMN 2.0 XML (with DI and our `gpm:` extension) from the compact test notation of
 * `conventionModel.ts`. Shapes are laid out left to right on a grid, one row per pool; edges are
 * routed orthogonally. Explicit `pos=`/`wp=` attributes override the layout for layout tests.
 */
import { ARTIFACT_KINDS, CONTAINER_KINDS, EVENT_DEFS, TAGS, esc, parseConventionModel } from './conventionModel';
import type { Attrs, Container, Flow, Item, Lane, ProcessDef } from './conventionModel';

interface Box { x: number; y: number; w: number; h: number }

const SIZES: Record<string, [number, number]> = {
  event: [36, 36], gateway: [50, 50], task: [100, 80], dataobject: [36, 50], datastore: [50, 50], annotation: [100, 30], group: [200, 150]
};

function sizeOf(item: Item): [number, number] {
  if (['start', 'end', 'catch', 'throw', 'boundary'].includes(item.kind)) return SIZES.event;
  if (['xor', 'and', 'or', 'evgw', 'complex'].includes(item.kind)) return SIZES.gateway;
  if (item.kind === 'dataobject') return SIZES.dataobject;
  if (item.kind === 'datastore') return SIZES.datastore;
  if (item.kind === 'annotation') return SIZES.annotation;
  if (item.kind === 'group') return SIZES.group;
  return SIZES.task;
}

function gpmAttrs(attrs: Attrs, prefix = '@'): string {
  return Object.entries(attrs)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => ` ${k.slice(prefix.length)}="${esc(v[0])}"`)
    .join('');
}

function hasGpm(attrs: Attrs, prefix = '@'): boolean {
  return Object.keys(attrs).some((k) => k.startsWith(prefix));
}

function docXml(attrs: Attrs): string {
  return attrs.doc ? `<bpmn:documentation>${esc(attrs.doc[0])}</bpmn:documentation>` : '';
}

function processInfoXml(info: Attrs | undefined, prefix = ''): string {
  if (!info) return '';
  const entries = Object.entries(info).filter(([k]) => k.startsWith(prefix) && k !== `${prefix}rg` && k !== 'on');
  const attrs = entries.map(([k, v]) => ` ${k.slice(prefix.length)}="${esc(v[0])}"`).join('');
  const rg = (info[`${prefix}rg`] ?? []).map((t) => `<gpm:rechtsgrundlage>${esc(t)}</gpm:rechtsgrundlage>`).join('');
  return `<gpm:processInfo${attrs}>${rg}</gpm:processInfo>`;
}

function parseBox(v: string | undefined, fallback: Box): Box {
  if (!v) return fallback;
  const [x, y, w, h] = v.split(',').map(Number);
  return { x, y, w: w ?? fallback.w, h: h ?? fallback.h };
}

/** Convert the notation to BPMN XML. `di: false` omits all diagram information. */
export function toBpmnXml(source: string, options: { di?: boolean } = {}): string {
  const model = parseConventionModel(source);
  const withDi = options.di !== false;
  const boxes = new Map<string, Box>();
  const planes = new Map<string, string[]>(); // plane owner id → DI xml parts
  const mainPlane: string[] = [];
  const flowsById = new Map<string, Flow>();
  const allFlows: Flow[] = [];
  const itemsById = new Map<string, Item>();
  const collectFlows = (c: Container) => {
    for (const f of c.flows) { flowsById.set(f.id, f); allFlows.push(f); }
    for (const i of c.items) { itemsById.set(i.id, i); if (i.children) collectFlows(i.children); }
  };
  model.processes.forEach(collectFlows);

  const inc = new Map<string, string[]>();
  const out = new Map<string, string[]>();
  for (const f of allFlows) {
    (out.get(f.source) ?? out.set(f.source, []).get(f.source)!).push(f.id);
    (inc.get(f.target) ?? inc.set(f.target, []).get(f.target)!).push(f.id);
  }
  const dataLinksOf = (id: string) => model.dataLinks.filter((d) => d.task === id);

  // 1. layout
  const laneBoxes = new Map<string, Box>();
  model.processes.forEach((p, pi) => {
    const baseY = 60 + pi * 300;
    const columns = (c: Container) => c.items.filter((i) => i.kind !== 'boundary').length;
    const poolWidth = 200 + Math.max(columns(p), 3) * 140 + p.items.filter((i) => i.flags.has('expanded')).length * 300;
    const poolBox = parseBox(p.pool?.attrs.pos?.[0], { x: 40, y: baseY, w: poolWidth, h: 260 });
    if (p.pool) boxes.set(p.pool.id, poolBox);
    const layoutLanes = (parent: string | undefined, range: Box) => {
      const children = p.lanes.filter((l) => l.parent === parent);
      children.forEach((l, k) => {
        const h = range.h / children.length;
        const box = parseBox(l.attrs.pos?.[0], { x: range.x + (parent ? 0 : 30), y: range.y + k * h, w: range.w - (parent ? 0 : 30), h });
        laneBoxes.set(l.id, box);
        layoutLanes(l.id, { x: box.x + 30, y: box.y, w: box.w - 30, h: box.h });
      });
    };
    layoutLanes(undefined, poolBox);
    const laneOfNode = (id: string): Lane | undefined => {
      const holding = p.lanes.filter((l) => l.members.includes(id));
      return holding.find((l) => !holding.some((o) => o.parent === l.id)) ?? holding[0];
    };
    const place = (c: Container, startX: number, centerY: (id: string) => number, owner: string | undefined) => {
      let x = startX;
      for (const item of c.items) {
        if (item.kind === 'boundary') continue;
        const [w0, h0] = sizeOf(item);
        const expanded = item.flags.has('expanded') && CONTAINER_KINDS.has(item.kind);
        const w = expanded ? Math.max(220, 80 + (item.children?.items.length ?? 0) * 130) : w0;
        const h = expanded ? 180 : h0;
        let cy = centerY(item.id);
        if (item.kind === 'dataobject' || item.kind === 'datastore') cy += 70;
        if (item.kind === 'annotation') cy -= 90;
        const box = parseBox(item.attrs.pos?.[0], { x: x + (100 - Math.min(w, 100)) / 2, y: cy - h / 2, w, h });
        boxes.set(item.id, box);
        if (owner) (planes.get(owner) ?? planes.set(owner, []).get(owner)!);
        if (item.children) {
          if (expanded) place(item.children, box.x + 40, () => box.y + box.h / 2, owner);
          else place(item.children, 150, () => 200, item.id);
        }
        x += expanded ? w + 40 : 140;
      }
      for (const item of c.items.filter((i) => i.kind === 'boundary')) {
        const host = boxes.get(item.attrs.on?.[0] ?? '');
        const fallback = host ? { x: host.x + host.w - 40, y: host.y + host.h - 18, w: 36, h: 36 } : { x, y: 0, w: 36, h: 36 };
        boxes.set(item.id, parseBox(item.attrs.pos?.[0], fallback));
      }
    };
    place(p, poolBox.x + 100, (id) => {
      const lane = laneOfNode(id);
      const box = lane ? laneBoxes.get(lane.id) : undefined;
      return box ? box.y + box.h / 2 : poolBox.y + poolBox.h / 2;
    }, undefined);
  });
  model.blackBoxes.forEach((b, k) => {
    boxes.set(b.id, parseBox(b.attrs.pos?.[0], { x: 40, y: 60 + model.processes.length * 300 + k * 100, w: 700, h: 60 }));
  });

  // 2. semantic XML
  const planeOf = new Map<string, string>(); // element id → plane owner (collapsed sub-process) or ''
  const itemXml = (item: Item, owner: string): string => {
    planeOf.set(item.id, owner);
    const tag = TAGS[item.kind];
    const a = item.attrs;
    let attrs = ` id="${item.id}"` + (item.name !== undefined ? ` name="${esc(item.name)}"` : '');
    if (item.kind === 'eventsub') attrs += ' triggeredByEvent="true"';
    if (item.kind === 'call' && a.called) attrs += ` calledElement="${esc(a.called[0])}"`;
    if (item.kind === 'boundary') attrs += ` attachedToRef="${a.on?.[0] ?? ''}"` + (item.flags.has('noninterrupting') ? ' cancelActivity="false"' : '');
    if (item.kind === 'dataobject') attrs += ` dataObjectRef="${a.ref?.[0] ?? item.id + '_obj'}"`;
    const defaultFlow = (out.get(item.id) ?? []).find((f) => flowsById.get(f)?.flags.has('default'));
    if (defaultFlow) attrs += ` default="${defaultFlow}"`;
    if (item.kind === 'annotation') {
      const ext = hasGpm(a) ? `<bpmn:extensionElements><gpm:annotationInfo${gpmAttrs(a)}/></bpmn:extensionElements>` : '';
      return `<bpmn:textAnnotation id="${item.id}">${ext}<bpmn:text>${esc(item.name ?? '')}</bpmn:text></bpmn:textAnnotation>`;
    }
    if (item.kind === 'group') return `<bpmn:group id="${item.id}" />`;
    let body = docXml(a);
    if (hasGpm(a)) body += `<bpmn:extensionElements><gpm:activityInfo${gpmAttrs(a)}/></bpmn:extensionElements>`;
    for (const f of inc.get(item.id) ?? []) body += `<bpmn:incoming>${f}</bpmn:incoming>`;
    for (const f of out.get(item.id) ?? []) body += `<bpmn:outgoing>${f}</bpmn:outgoing>`;
    const links = dataLinksOf(item.id);
    links.forEach((d, k) => {
      if (d.dir === 'reads') body += `<bpmn:property id="${item.id}_prop${k}" name="__targetRef_placeholder" /><bpmn:dataInputAssociation id="${item.id}_din${k}"><bpmn:sourceRef>${d.data}</bpmn:sourceRef><bpmn:targetRef>${item.id}_prop${k}</bpmn:targetRef></bpmn:dataInputAssociation>`;
      else body += `<bpmn:dataOutputAssociation id="${item.id}_dout${k}"><bpmn:targetRef>${d.data}</bpmn:targetRef></bpmn:dataOutputAssociation>`;
    });
    if (item.flags.has('loop')) body += '<bpmn:standardLoopCharacteristics />';
    if (item.flags.has('multi')) body += '<bpmn:multiInstanceLoopCharacteristics />';
    for (const [flag, def] of Object.entries(EVENT_DEFS)) {
      if (item.flags.has(flag)) body += `<bpmn:${def} id="${item.id}_${flag}" />`;
    }
    if (a.link) body += `<bpmn:linkEventDefinition id="${item.id}_link" name="${esc(a.link[0])}" />`;
    if (item.children) {
      const childOwner = item.flags.has('expanded') ? owner : item.id;
      body += containerXml(item.children, childOwner);
    }
    let xml = `<bpmn:${tag}${attrs}>${body}</bpmn:${tag}>`;
    if (item.kind === 'dataobject' && !a.ref) xml += `<bpmn:dataObject id="${item.id}_obj" />`;
    return xml;
  };
  const flowXml = (f: Flow, owner: string): string => {
    planeOf.set(f.id, owner);
    let body = '';
    if (hasGpm(f.attrs)) body += `<bpmn:extensionElements><gpm:flowInfo${gpmAttrs(f.attrs)}/></bpmn:extensionElements>`;
    if (f.flags.has('cond')) body += '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${x}</bpmn:conditionExpression>';
    return `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.source}" targetRef="${f.target}"${f.name !== undefined ? ` name="${esc(f.name)}"` : ''}>${body}</bpmn:sequenceFlow>`;
  };
  const containerXml = (c: Container, owner: string): string =>
    c.items.filter((i) => !ARTIFACT_KINDS.has(i.kind)).map((i) => itemXml(i, owner)).join('') +
    c.flows.map((f) => flowXml(f, owner)).join('') +
    c.items.filter((i) => ARTIFACT_KINDS.has(i.kind)).map((i) => itemXml(i, owner)).join('');

  const laneXml = (p: ProcessDef, parent: string | undefined): string => {
    const lanes = p.lanes.filter((l) => l.parent === parent);
    if (!lanes.length) return '';
    const inner = lanes.map((l) => {
      const ext = hasGpm(l.attrs) ? `<bpmn:extensionElements><gpm:laneInfo${gpmAttrs(l.attrs)}/></bpmn:extensionElements>` : '';
      const refs = l.members.map((m) => `<bpmn:flowNodeRef>${m}</bpmn:flowNodeRef>`).join('');
      const child = laneXml(p, l.id);
      return `<bpmn:lane id="${l.id}"${l.name !== undefined ? ` name="${esc(l.name)}"` : ''}>${ext}${refs}${child ? child.replace('<bpmn:laneSet', '<bpmn:childLaneSet').replace(/<\/bpmn:laneSet>$/, '</bpmn:childLaneSet>') : ''}</bpmn:lane>`;
    }).join('');
    return `<bpmn:laneSet id="${parent ?? p.id}_laneSet">${inner}</bpmn:laneSet>`;
  };
  const associations = model.associations.map((f) => `<bpmn:association id="${f.id}" sourceRef="${f.source}" targetRef="${f.target}" />`).join('');
  const processesXml = model.processes.map((p, pi) => {
    const attrs = ` id="${p.id}"` + (p.name !== undefined ? ` name="${esc(p.name)}"` : '') + (p.attrs.executable ? ' isExecutable="true"' : '');
    const ext = p.info ? `<bpmn:extensionElements>${processInfoXml(p.info)}</bpmn:extensionElements>` : '';
    return `<bpmn:process${attrs}>${docXml(p.attrs)}${ext}${laneXml(p, undefined)}${containerXml(p, '')}${pi === 0 ? associations : ''}</bpmn:process>`;
  }).join('');

  const pools = [...model.processes.filter((p) => p.pool), ...model.blackBoxes];
  const hasCollab = pools.length > 0;
  let collabXml = '';
  if (hasCollab) {
    const parts = model.processes.filter((p) => p.pool).map((p) => {
      const info = hasGpm(p.pool!.attrs, 'info.') ? `<bpmn:extensionElements>${processInfoXml(p.pool!.attrs, 'info.')}</bpmn:extensionElements>` : '';
      return `<bpmn:participant id="${p.pool!.id}"${p.pool!.name !== undefined ? ` name="${esc(p.pool!.name)}"` : ''} processRef="${p.id}">${docXml(p.pool!.attrs)}${info}</bpmn:participant>`;
    });
    for (const b of model.blackBoxes) parts.push(`<bpmn:participant id="${b.id}"${b.name !== undefined ? ` name="${esc(b.name)}"` : ''}${b.attrs.process ? ` processRef="${b.attrs.process[0]}"` : ''} />`);
    for (const m of model.messageFlows) {
      const ext = hasGpm(m.attrs) ? `<bpmn:extensionElements><gpm:flowInfo${gpmAttrs(m.attrs)}/></bpmn:extensionElements>` : '';
      parts.push(`<bpmn:messageFlow id="${m.id}" sourceRef="${m.source}" targetRef="${m.target}"${m.name !== undefined ? ` name="${esc(m.name)}"` : ''}>${ext}</bpmn:messageFlow>`);
    }
    const cinfo = hasGpm(model.collab.attrs, 'info.') ? `<bpmn:extensionElements>${processInfoXml(model.collab.attrs, 'info.')}</bpmn:extensionElements>` : '';
    collabXml = `<bpmn:collaboration id="${model.collab.id}"${model.collab.name ? ` name="${esc(model.collab.name)}"` : ''}>${docXml(model.collab.attrs)}${cinfo}${parts.join('')}</bpmn:collaboration>`;
  }

  // 3. DI
  const colour = (a: Attrs) => (a.fill ? ` bioc:fill="${a.fill[0]}"` : '') + (a.stroke ? ` bioc:stroke="${a.stroke[0]}"` : '');
  const shape = (id: string, a: Attrs, flags: Set<string>, extra = '') => {
    const b = boxes.get(id);
    if (!b || flags.has('nodi')) return '';
    return `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}${colour(a)}><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" /></bpmndi:BPMNShape>`;
  };
  const edge = (f: Flow, vertical: boolean) => {
    if (f.flags.has('nodi')) return '';
    let points: Array<[number, number]>;
    if (f.attrs.wp) points = f.attrs.wp[0].split(/\s+/).map((pt) => pt.split(',').map(Number) as [number, number]);
    else {
      const s = boxes.get(f.source);
      const t = boxes.get(f.target);
      if (!s || !t) return '';
      if (vertical) {
        const sx = s.x + s.w / 2; const tx = t.x + t.w / 2;
        const down = t.y > s.y;
        const sy = down ? s.y + s.h : s.y; const ty = down ? t.y : t.y + t.h;
        points = sx === tx ? [[sx, sy], [tx, ty]] : [[sx, sy], [sx, (sy + ty) / 2], [tx, (sy + ty) / 2], [tx, ty]];
      } else {
        const sx = s.x + s.w; const sy = s.y + s.h / 2; const tx = t.x; const ty = t.y + t.h / 2;
        const mx = (sx + tx) / 2;
        points = sy === ty ? [[sx, sy], [tx, ty]] : [[sx, sy], [mx, sy], [mx, ty], [tx, ty]];
      }
    }
    return `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}"${colour(f.attrs)}>${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}</bpmndi:BPMNEdge>`;
  };
  const partsFor = (owner: string) => (owner === '' ? mainPlane : (planes.get(owner) ?? planes.set(owner, []).get(owner)!));
  for (const p of model.processes) {
    if (p.pool) mainPlane.push(shape(p.pool.id, p.pool.attrs, p.pool.flags, ' isHorizontal="true"'));
    for (const l of p.lanes) { const b = laneBoxes.get(l.id); if (b) { boxes.set(l.id, b); mainPlane.push(shape(l.id, l.attrs, new Set(), ' isHorizontal="true"')); } }
    const visit = (c: Container) => {
      for (const i of c.items) {
        const owner = planeOf.get(i.id) ?? '';
        const extra = CONTAINER_KINDS.has(i.kind) ? ` isExpanded="${i.flags.has('expanded')}"` : '';
        partsFor(owner).push(shape(i.id, i.attrs, i.flags, extra));
        if (i.children) visit(i.children);
      }
      for (const f of c.flows) partsFor(planeOf.get(f.id) ?? '').push(edge(f, false));
    };
    visit(p);
  }
  for (const b of model.blackBoxes) mainPlane.push(shape(b.id, b.attrs, b.flags, ' isHorizontal="true"'));
  for (const m of model.messageFlows) mainPlane.push(edge(m, true));
  for (const a of model.associations) mainPlane.push(edge(a, false));

  const root = hasCollab ? model.collab.id : (model.processes[0]?.id ?? 'Process_1');
  const subPlanes = [...planes.entries()]
    .filter(([owner]) => { const it = itemsById.get(owner); return !!it && !it.flags.has('noplane'); })
    .map(([owner, parts]) => `<bpmndi:BPMNDiagram id="${owner}_diagram"><bpmndi:BPMNPlane id="${owner}_plane" bpmnElement="${owner}">${parts.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`)
    .join('');
  const di = withDi
    ? `<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="${root}">${mainPlane.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>${subPlanes}`
    : '';

  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bioc="http://bpmn.io/schema/bpmn/biocolor/1.0" xmlns:gpm="urn:gpm-workbench:bpmn:gpm:1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">${collabXml}${processesXml}${di}</bpmn:definitions>`;
}
