import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxEntry,
  SelectEntry,
  TextAreaEntry,
  TextFieldEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextAreaEntryEdited,
  isTextFieldEntryEdited,
  useLayoutState
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import type { ModdleElement } from '../../moddle';
import { getGpm } from '../../gpm/gpmExtension';
import { ACTIVITY_FIELDS, FLOW_FIELDS, PROCESS_FIELDS, type GpmField, type GpmFieldGroup } from './gpmFields';

/**
 * Properties-panel provider for our `gpm:` attributes: the Steckbrief on processes, pools and the
 * collaboration (edits the main process), Bearbeitung on activities, Wahrscheinlichkeit on flows
 * leaving an exclusive gateway. Every edit is the undoable command `gpm.updateInfo`.
 */
interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleElement;
}

interface PropertiesPanel {
  registerProvider(priority: number, provider: unknown): void;
}

type Group = { id: string; label: string; entries: unknown[] };

function isType(bo: ModdleElement, type: string): boolean {
  return typeof bo.$instanceOf === 'function' && bo.$instanceOf(type);
}

/** Business object that carries the Steckbrief for a selected element, if any. */
export function steckbriefTarget(element: DiagramElement): ModdleElement | undefined {
  const bo = element.businessObject;
  if (isType(bo, 'bpmn:Process')) return bo;
  if (isType(bo, 'bpmn:Participant')) return (bo.processRef as ModdleElement | undefined) ?? undefined;
  if (isType(bo, 'bpmn:Collaboration')) {
    const participants = (bo.participants as ModdleElement[] | undefined) ?? [];
    return participants.map((p) => p.processRef as ModdleElement | undefined).find(Boolean);
  }
  return undefined;
}

function readValue(target: ModdleElement, group: GpmFieldGroup, field: GpmField): unknown {
  const info = getGpm(target, group.type);
  if (!info) return field.kind === 'checkbox' ? false : '';
  const raw = info[field.key];
  if (field.kind === 'lines') return ((raw as ModdleElement[] | undefined) ?? []).map((r) => String(r.text ?? '')).join('\n');
  if (field.kind === 'checkbox') return raw === true;
  return raw ?? '';
}

function FieldComponent(props: { element: DiagramElement; id: string; target: ModdleElement; group: GpmFieldGroup; field: GpmField }) {
  const { element, id, target, group, field } = props;
  const commandStack = useService('commandStack') as { execute(cmd: string, ctx: unknown): void };
  // the panel's own input debounce: one undo step per pause in typing, not per key
  const debounce = useService('debounceInput') as unknown;
  // Collapsed groups render their fields only when opened: opening a model (the panel shows the
  // Steckbrief's 17 fields for the root) and every selection stay cheap.
  const [open] = useLayoutState(['groups', group.id, 'open'], false) as [boolean];
  if (!open) return null;
  const getValue = () => {
    const v = readValue(target, group, field);
    return field.kind === 'number' && v !== '' ? String(v) : v;
  };
  const setValue = (value: unknown) => {
    let next: unknown = value;
    if (field.kind === 'number') {
      const n = typeof value === 'string' ? Number(value.replace(',', '.')) : Number(value);
      next = value === '' || value === undefined || !Number.isFinite(n) ? undefined : n;
    }
    if (field.kind === 'lines') next = String(value ?? '').split('\n');
    if (field.kind === 'checkbox') next = value ? true : undefined;
    commandStack.execute('gpm.updateInfo', { element, businessObject: target, type: group.type, properties: { [field.key]: next } });
  };
  const common = { element, id, label: field.label, description: field.description, getValue, setValue };
  switch (field.kind) {
    case 'select':
      return h(SelectEntry, { ...common, getOptions: () => field.options ?? [] });
    case 'checkbox':
      return h(CheckboxEntry, common);
    case 'number':
      return h(TextFieldEntry, {
        ...common,
        debounce,
        validate: (v: string) => (v && !Number.isFinite(Number(String(v).replace(',', '.'))) ? 'Bitte eine Zahl eingeben.' : null)
      });
    case 'lines':
      return h(TextAreaEntry, { ...common, rows: 3, debounce });
    case 'date':
      return h(TextFieldEntry, {
        ...common,
        debounce,
        description: field.description ?? 'Datum als JJJJ-MM-TT',
        validate: (v: string) => (v && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? 'Bitte als JJJJ-MM-TT eingeben, z. B. 2026-12-31.' : null)
      });
    default:
      return h(TextFieldEntry, { ...common, debounce });
  }
}

const IS_EDITED: Record<string, unknown> = {
  text: isTextFieldEntryEdited,
  date: isTextFieldEntryEdited,
  number: isTextFieldEntryEdited,
  select: isSelectEntryEdited,
  checkbox: isCheckboxEntryEdited,
  lines: isTextAreaEntryEdited
};

function buildGroup(element: DiagramElement, target: ModdleElement, group: GpmFieldGroup): Group {
  return {
    id: group.id,
    label: group.label,
    entries: group.fields.map((field) => ({
      id: `${group.id}-${field.key}`,
      element,
      component: (p: { id: string }) => h(FieldComponent, { element, id: p.id, target, group, field }),
      isEdited: IS_EDITED[field.kind]
    }))
  };
}

function leavesExclusiveGateway(bo: ModdleElement): boolean {
  const source = bo.sourceRef as ModdleElement | undefined;
  return !!source && (isType(source, 'bpmn:ExclusiveGateway') || isType(source, 'bpmn:InclusiveGateway'));
}

export class GpmPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: PropertiesPanel) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: DiagramElement) {
    return (groups: Group[]) => {
      const bo = element.businessObject;
      const target = steckbriefTarget(element);
      const extra: Group[] = [];
      if (target) extra.push(buildGroup(element, target, PROCESS_FIELDS));
      if (isType(bo, 'bpmn:Activity')) extra.push(buildGroup(element, bo, ACTIVITY_FIELDS));
      if (isType(bo, 'bpmn:SequenceFlow') && leavesExclusiveGateway(bo)) extra.push(buildGroup(element, bo, FLOW_FIELDS));
      // our groups right after "Allgemein", before documentation and technical groups
      const generalIndex = groups.findIndex((g) => g.id === 'general');
      groups.splice(generalIndex + 1, 0, ...extra);
      return groups;
    };
  }
}
