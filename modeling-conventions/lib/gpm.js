'use strict';

/**
 * Reads our `gpm:` attributes (see `moddle/gpm.json`) from `bpmn:extensionElements`.
 *
 * Works in both situations a rule meets:
 *  - typed: the model was parsed with the gpm moddle extension (`$type: 'gpm:ProcessInfo'`,
 *    booleans as booleans, `rechtsgrundlagen` as typed children);
 *  - generic: parsed without it (stock bpmnlint CLI without `moddleExtensions`): `$type:
 *    'gpm:processInfo'`, every attribute a string, children in `$children` with `$body`.
 * Foreign extension elements (camunda:, signavio:, …) are ignored.
 */

const KINDS = {
  process: 'processinfo',
  activity: 'activityinfo',
  flow: 'flowinfo',
  lane: 'laneinfo',
  annotation: 'annotationinfo',
  waiver: 'waiver'
};

const GPM_URI = 'urn:gpm-workbench:bpmn:gpm:1.0';

function extensionValues(element) {
  const ext = element && element.extensionElements;
  const values = ext && Array.isArray(ext.values) ? ext.values : [];
  return values.filter(Boolean);
}

// `$type` of the typed elements (parsed with the gpm moddle extension), by lower-case local name
const TYPED = {
  processinfo: 'gpm:ProcessInfo',
  activityinfo: 'gpm:ActivityInfo',
  flowinfo: 'gpm:FlowInfo',
  laneinfo: 'gpm:LaneInfo',
  annotationinfo: 'gpm:AnnotationInfo',
  waiver: 'gpm:Waiver'
};

function isGpmElement(value, localLower) {
  const type = typeof value.$type === 'string' ? value.$type : '';
  if (type === TYPED[localLower]) return true;
  const [prefix, local] = type.includes(':') ? type.split(':') : ['', type];
  if (!local || local.toLowerCase() !== localLower) return false;
  if (prefix === 'gpm') return true;
  // generic element with another prefix bound to our namespace
  const ns = value.$descriptor && value.$descriptor.ns;
  return !!(ns && ns.uri === GPM_URI);
}

/** Extension elements of one gpm kind ('process', 'activity', 'flow', 'lane', 'annotation', 'waiver'). */
function gpmElements(element, kind) {
  const local = KINDS[kind];
  if (!local) return [];
  return extensionValues(element).filter((v) => isGpmElement(v, local));
}

/** The first extension element of one gpm kind (`gpmElements(element, kind)[0]`, without the lists). */
function firstGpmElement(element, kind) {
  const local = KINDS[kind];
  const ext = local && element && element.extensionElements;
  const values = ext && Array.isArray(ext.values) ? ext.values : undefined;
  if (!values) return undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v && isGpmElement(v, local)) return v;
  }
  return undefined;
}

/** Raw attribute value of a gpm element: typed property, generic property or `$attrs` entry. */
function rawAttr(info, name) {
  if (!info) return undefined;
  if (info[name] !== undefined && info[name] !== null) return info[name];
  const attrs = info.$attrs || {};
  if (attrs[name] !== undefined) return attrs[name];
  for (const key of Object.keys(attrs)) {
    if (key.replace(/^[^:]*:/, '') === name) return attrs[key];
  }
  return undefined;
}

function asString(value) {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function asBoolean(value) {
  if (value === true || value === false) return value;
  const text = asString(value);
  if (text === undefined) return undefined;
  return /^(true|ja|1|yes)$/i.test(text);
}

function asList(value) {
  const text = asString(value);
  if (text === undefined) return [];
  return text.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);
}

/** Text of child elements of a given local name (typed collection or generic `$children`). */
function childTexts(info, typedProperty, localLower) {
  const out = [];
  const typed = info && Array.isArray(info[typedProperty]) ? info[typedProperty] : [];
  for (const child of typed) {
    const text = asString(child && (child.text !== undefined ? child.text : child.$body));
    if (text) out.push(text);
  }
  const generic = info && Array.isArray(info.$children) ? info.$children : [];
  for (const child of generic) {
    const type = child && typeof child.$type === 'string' ? child.$type : '';
    if (type.replace(/^[^:]*:/, '').toLowerCase() !== localLower) continue;
    const text = asString(child.$body !== undefined ? child.$body : child.text);
    if (text) out.push(text);
  }
  return out;
}

const PROCESS_STRINGS = [
  'prozessschluessel', 'politikfeld', 'organisationseinheit', 'modellart', 'status', 'version',
  'prozessverantwortlich', 'prozessmanager', 'stand', 'freigegebenVon', 'freigegebenAm', 'gueltigBis',
  'wiedervorlageAm', 'istModellRef', 'ausloeser', 'ergebnis', 'fimTyp', 'fallzahlProJahr'
];

/**
 * Process attributes (Steckbrief) of a process, collaboration or participant as plain strings,
 * with `rechtsgrundlagen` as a string array; undefined when the element has no `gpm:processInfo`.
 */
function readProcessInfo(element) {
  const info = firstGpmElement(element, 'process');
  if (!info) return undefined;
  const out = {};
  for (const name of PROCESS_STRINGS) {
    const value = asString(rawAttr(info, name));
    if (value !== undefined) out[name] = value;
  }
  out.rechtsgrundlagen = childTexts(info, 'rechtsgrundlagen', 'rechtsgrundlage');
  return out;
}

/** Activity attributes (`gpm:activityInfo`) as plain values; undefined when absent. */
function readActivityInfo(element) {
  const info = firstGpmElement(element, 'activity');
  if (!info) return undefined;
  const out = {};
  for (const name of ['rolle', 'medium', 'rechtsgrundlage', 'medienbruchBegruendung', 'automatisierung']) {
    const value = asString(rawAttr(info, name));
    if (value !== undefined) out[name] = value;
  }
  out.itSysteme = asList(rawAttr(info, 'itSysteme'));
  out.dokumente = asList(rawAttr(info, 'dokumente'));
  const ohneIT = asBoolean(rawAttr(info, 'ohneIT'));
  if (ohneIT !== undefined) out.ohneIT = ohneIT;
  const onceOnly = asBoolean(rawAttr(info, 'onceOnlyGeprueft'));
  if (onceOnly !== undefined) out.onceOnlyGeprueft = onceOnly;
  return out;
}

/** Flow attributes (`gpm:flowInfo`): `kanal`, `wahrscheinlichkeit` as strings; undefined when absent. */
function readFlowInfo(element) {
  const info = firstGpmElement(element, 'flow');
  if (!info) return undefined;
  const out = {};
  for (const name of ['kanal', 'wahrscheinlichkeit']) {
    const value = asString(rawAttr(info, name));
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** Lane attributes (`gpm:laneInfo`): `rolleRef`; undefined when absent. */
function readLaneInfo(element) {
  const info = firstGpmElement(element, 'lane');
  if (!info) return undefined;
  const rolleRef = asString(rawAttr(info, 'rolleRef'));
  return rolleRef ? { rolleRef } : {};
}

/** Annotation attributes (`gpm:annotationInfo`): `dauerhaft` boolean; undefined when absent. */
function readAnnotationInfo(element) {
  const info = firstGpmElement(element, 'annotation');
  if (!info) return undefined;
  const dauerhaft = asBoolean(rawAttr(info, 'dauerhaft'));
  return dauerhaft === undefined ? {} : { dauerhaft };
}

const STATUSES = ['entwurf', 'in_pruefung', 'freigegeben', 'archiviert'];

/** Normalise a free-text status ("In Prüfung", "freigegeben") to a status key, or undefined. */
function normalizeStatus(value) {
  const text = asString(value);
  if (!text) return undefined;
  const key = text.toLowerCase().replace(/ü/g, 'ue').replace(/[\s-]+/g, '_');
  return STATUSES.includes(key) ? key : undefined;
}

/** Rank of a status in the life cycle (entwurf 0 … archiviert 3); -1 for unknown. */
function statusRank(status) {
  return STATUSES.indexOf(status);
}

module.exports = {
  gpmElements,
  readProcessInfo,
  readActivityInfo,
  readFlowInfo,
  readLaneInfo,
  readAnnotationInfo,
  normalizeStatus,
  statusRank,
  STATUSES,
  GPM_URI
};
