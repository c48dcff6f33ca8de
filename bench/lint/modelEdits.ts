/**
 * Edits of a parsed (live) moddle tree the way the editor makes them, each returning the ids of
 * the elements it added, changed or removed — what the editor hands `relint`. Used by the golden
 * check (`goldenFindings.ts --relint`) and the tests of element-scoped rules: after every edit,
 * `createIncrementalLinter().relint(definitions, ids)` must equal a full lint.
 *
 * The edits reach beyond the edited element on purpose (a second outgoing flow, a lane change,
 * a released status): a rule wrongly declared element-scoped would keep stale findings there.
 */
import type { Moddle, ModdleElement } from '../../src/bpmn/moddle';
import { runRulesOnce } from '../../src/linting/runRulesOnce';

/** One edit: a name for messages, and the change itself returning the changed ids. */
export interface ModelEdit {
  name: string;
  apply: () => string[];
}

const isA = (e: ModdleElement, type: string) => typeof e.$instanceOf === 'function' && e.$instanceOf(type);

/** Append a task after `after` the way bpmn-js does: task, flow, lane membership, shape, edge. */
export function appendTask(moddle: Moddle, definitions: ModdleElement, after: ModdleElement, k: number, prefix = 'Edit'): string[] {
  const process = after.$parent as ModdleElement;
  const task = moddle.create('bpmn:Task', { id: `${prefix}_Task_${k}`, name: `Nachweis ${k} prüfen` });
  const flow = moddle.create('bpmn:SequenceFlow', { id: `${prefix}_Flow_${k}`, sourceRef: after, targetRef: task });
  task.$parent = process;
  flow.$parent = process;
  task.incoming = [flow];
  if (!Array.isArray(after.outgoing)) after.outgoing = [];
  (after.outgoing as ModdleElement[]).push(flow);
  (process.flowElements as ModdleElement[]).push(task, flow);
  for (const laneSet of (process.laneSets as ModdleElement[] | undefined) ?? []) {
    const lane = ((laneSet.lanes as ModdleElement[] | undefined) ?? []).find((l) => ((l.flowNodeRef as ModdleElement[] | undefined) ?? []).includes(after));
    if (lane) (lane.flowNodeRef as ModdleElement[]).push(task);
  }
  const plane = ((definitions.diagrams as ModdleElement[] | undefined) ?? [])[0]?.plane as ModdleElement | undefined;
  if (plane) {
    const afterShape = ((plane.planeElement as ModdleElement[] | undefined) ?? []).find((e) => e.bpmnElement === after);
    const b = (afterShape?.bounds as { x: number; y: number; width: number; height: number } | undefined) ?? { x: 0, y: 0, width: 100, height: 80 };
    const shape = moddle.create('bpmndi:BPMNShape', { id: `${prefix}_Task_${k}_di`, bpmnElement: task, bounds: moddle.create('dc:Bounds', { x: b.x + 20, y: b.y + 120, width: 100, height: 80 }) });
    const edge = moddle.create('bpmndi:BPMNEdge', {
      id: `${prefix}_Flow_${k}_di`,
      bpmnElement: flow,
      waypoint: [moddle.create('dc:Point', { x: b.x + b.width / 2, y: b.y + b.height }), moddle.create('dc:Point', { x: b.x + b.width / 2, y: b.y + 120 })]
    });
    shape.$parent = plane;
    edge.$parent = plane;
    if (!Array.isArray(plane.planeElement)) plane.planeElement = [];
    (plane.planeElement as ModdleElement[]).push(shape, edge);
  }
  return [String(task.id), String(flow.id), String(after.id)];
}

/** A list of edits of one model; each picks its element when applied (earlier edits may have changed the model). */
export function modelEdits(moddle: Moddle, definitions: ModdleElement): ModelEdit[] {
  const elements = () => [...runRulesOnce(definitions, []).elementsById.values()];
  const ofType = (type: string) => elements().filter((e) => isA(e, type) && !e.$type.startsWith('bpmndi:'));
  const pick = <T>(xs: T[], k: number): T | undefined => (xs.length ? xs[(k * 7919) % xs.length] : undefined);
  const diOf = (el: ModdleElement) => elements().find((e) => e.$type === 'bpmndi:BPMNShape' && e.bpmnElement === el);
  const edits: ModelEdit[] = [];

  const rename = (label: string, type: string, names: string[]) =>
    names.forEach((name, k) =>
      edits.push({
        name: `${label} ${k} → „${name}“`,
        apply: () => {
          const el = pick(ofType(type), k + 1);
          if (!el) return [];
          el.name = name;
          return [String(el.id)];
        }
      })
    );
  rename('rename task', 'bpmn:Task', ['Unterlagen anfordern', 'Prüfung', 'Antrag', 'Akte drucken und versenden', '', 'Antrag prüfen und Bescheid erstellen']);
  rename('rename event', 'bpmn:Event', ['Antrag eingegangen', 'Ende', 'Antrag prüfen', '']);
  rename('rename gateway', 'bpmn:Gateway', ['Antrag vollständig?', 'Prüfen', '']);
  rename('rename lane', 'bpmn:Lane', ['Sachbearbeiter', 'Frau Müller', 'Sachbearbeitung']);
  rename('rename flow', 'bpmn:SequenceFlow', ['Ja', 'Nein', '']);
  rename('rename pool', 'bpmn:Participant', ['Bezirksamt', 'Antragsteller']);

  edits.push({ name: 'append task with flow', apply: () => { const a = pick(ofType('bpmn:Task'), 3); return a ? appendTask(moddle, definitions, a, 1) : []; } });
  edits.push({ name: 'append task after a gateway', apply: () => { const a = pick(ofType('bpmn:Gateway'), 2); return a ? appendTask(moddle, definitions, a, 2) : []; } });
  edits.push({
    name: 'connect two nodes (only the flow is passed)',
    apply: () => {
      const nodes = ofType('bpmn:FlowNode').filter((n) => !isA(n, 'bpmn:EndEvent') && !isA(n, 'bpmn:BoundaryEvent'));
      const a = pick(nodes, 4);
      const b = pick(nodes.filter((n) => n !== a && n.$parent === a?.$parent), 5);
      if (!a || !b) return [];
      const flow = moddle.create('bpmn:SequenceFlow', { id: 'Edit_Connect_1', sourceRef: a, targetRef: b });
      flow.$parent = a.$parent;
      ((a.$parent as ModdleElement).flowElements as ModdleElement[]).push(flow);
      if (!Array.isArray(a.outgoing)) a.outgoing = [];
      if (!Array.isArray(b.incoming)) b.incoming = [];
      (a.outgoing as ModdleElement[]).push(flow);
      (b.incoming as ModdleElement[]).push(flow);
      return [String(flow.id)];
    }
  });
  edits.push({
    name: 'reconnect a flow to another target (only the flow is passed)',
    apply: () => {
      const flows = ofType('bpmn:SequenceFlow').filter((f) => f.targetRef && f.sourceRef);
      const flow = pick(flows, 8);
      if (!flow) return [];
      const old = flow.targetRef as ModdleElement;
      const target = pick(ofType('bpmn:FlowNode').filter((n) => n !== old && n.$parent === flow.$parent && !isA(n, 'bpmn:StartEvent')), 9);
      if (!target) return [];
      if (Array.isArray(old.incoming)) old.incoming = (old.incoming as ModdleElement[]).filter((f) => f !== flow);
      flow.targetRef = target;
      if (!Array.isArray(target.incoming)) target.incoming = [];
      (target.incoming as ModdleElement[]).push(flow);
      return [String(flow.id)];
    }
  });
  edits.push({
    name: 'delete a flow leaving a gateway (only the flow is passed)',
    apply: () => {
      const flow = pick(ofType('bpmn:SequenceFlow').filter((f) => isA(f.sourceRef as ModdleElement, 'bpmn:Gateway')), 10);
      if (!flow) return [];
      const parent = flow.$parent as ModdleElement;
      parent.flowElements = (parent.flowElements as ModdleElement[]).filter((e) => e !== flow);
      for (const end of [flow.sourceRef, flow.targetRef] as Array<ModdleElement | undefined>) {
        if (!end) continue;
        if (Array.isArray(end.incoming)) end.incoming = (end.incoming as ModdleElement[]).filter((f) => f !== flow);
        if (Array.isArray(end.outgoing)) end.outgoing = (end.outgoing as ModdleElement[]).filter((f) => f !== flow);
      }
      // as bpmn-js does when it deletes a connection
      flow.sourceRef = undefined;
      flow.targetRef = undefined;
      return [String(flow.id)];
    }
  });
  edits.push({
    name: 'make a flow the default of its gateway and label another one',
    apply: () => {
      const gateway = pick(ofType('bpmn:ExclusiveGateway').filter((g) => ((g.outgoing as unknown[]) ?? []).length >= 2), 11);
      if (!gateway) return [];
      const [first, second] = gateway.outgoing as ModdleElement[];
      gateway.default = first;
      second.name = second.name ? '' : 'Sonst';
      return [String(gateway.id), String(second.id)];
    }
  });
  edits.push({
    name: 'give a flow a condition (only the flow is passed)',
    apply: () => {
      const flow = pick(ofType('bpmn:SequenceFlow'), 12);
      if (!flow) return [];
      flow.conditionExpression = moddle.create('bpmn:FormalExpression', { body: '${ok}' });
      return [String(flow.id)];
    }
  });
  edits.push({
    name: 'move a task to another lane',
    apply: () => {
      const lanes = ofType('bpmn:Lane').filter((l) => Array.isArray(l.flowNodeRef) && (l.flowNodeRef as ModdleElement[]).length);
      if (lanes.length < 2) return [];
      const from = lanes[0];
      const node = (from.flowNodeRef as ModdleElement[])[0];
      from.flowNodeRef = (from.flowNodeRef as ModdleElement[]).slice(1);
      (lanes[1].flowNodeRef as ModdleElement[]).push(node);
      return [String(node.id)];
    }
  });
  edits.push({
    name: 'colour a task and resize its shape',
    apply: () => {
      const task = pick(ofType('bpmn:Task'), 6);
      const shape = task && diOf(task);
      if (!task || !shape) return [];
      (shape.$attrs as Record<string, string>)['bioc:fill'] = '#ff0000';
      const bounds = shape.bounds as { width: number } | undefined;
      if (bounds) bounds.width = 120;
      return [String(task.id)];
    }
  });
  edits.push({
    name: 'release the model (status of the process description)',
    apply: () => {
      for (const holder of elements()) {
        const values = ((holder.extensionElements as ModdleElement | undefined)?.values as ModdleElement[] | undefined) ?? [];
        const info = values.find((v) => v.$type === 'gpm:ProcessInfo');
        if (info) {
          info.status = 'freigegeben';
          return [String(holder.id)];
        }
      }
      return [];
    }
  });
  edits.push({
    name: 'give the collaboration a draft process description',
    apply: () => {
      const collaboration = ofType('bpmn:Collaboration')[0];
      if (!collaboration) return [];
      const info = moddle.create('gpm:ProcessInfo', { status: 'entwurf', modellart: 'IST' });
      const extensions = (collaboration.extensionElements as ModdleElement | undefined) ?? moddle.create('bpmn:ExtensionElements', { values: [] });
      if (!Array.isArray(extensions.values)) extensions.values = [];
      info.$parent = extensions;
      extensions.$parent = collaboration;
      (extensions.values as ModdleElement[]).unshift(info);
      collaboration.extensionElements = extensions;
      return [String(collaboration.id)];
    }
  });
  edits.push({
    name: 'remove a task with its flows',
    apply: () => {
      const task = pick(ofType('bpmn:Task'), 7);
      if (!task) return [];
      const parent = task.$parent as ModdleElement;
      const flows = [...((task.incoming as ModdleElement[] | undefined) ?? []), ...((task.outgoing as ModdleElement[] | undefined) ?? [])];
      parent.flowElements = (parent.flowElements as ModdleElement[]).filter((e) => e !== task && !flows.includes(e));
      for (const f of flows) {
        const other = (f.sourceRef === task ? f.targetRef : f.sourceRef) as ModdleElement | undefined;
        if (!other) continue;
        if (Array.isArray(other.incoming)) other.incoming = (other.incoming as ModdleElement[]).filter((x) => x !== f);
        if (Array.isArray(other.outgoing)) other.outgoing = (other.outgoing as ModdleElement[]).filter((x) => x !== f);
      }
      return [String(task.id), ...flows.map((f) => String(f.id))];
    }
  });
  return edits;
}
