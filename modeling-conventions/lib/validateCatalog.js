'use strict';

/**
 * Validates the rule catalog (`catalog/*.json`) so that a GPM team editing the data gets a
 * precise message instead of a silently wrong profile. Checked: required fields, enumerations,
 * unique ids and codes, and the policy that heuristic rules never default to `error`.
 */

const PROFILES = ['basis', 'experte', 'soll', 'fim'];
const CATEGORIES = ['palette', 'structure', 'organisation', 'naming', 'layout', 'documentation', 'digitisation'];
const KINDS = ['core', 'custom', 'heuristic'];
const SEVERITIES = ['error', 'warning', 'info', 'off'];
const CODE_PREFIX = {
  palette: 'PAL', structure: 'STR', organisation: 'ORG', naming: 'NAME',
  layout: 'LAY', documentation: 'DOC', digitisation: 'DIG'
};

function isText(v) {
  return typeof v === 'string' && v.trim() !== '';
}

function isPlainObject(v) {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Problems of one record, as human-readable strings (empty when valid). */
function recordProblems(record, position) {
  const where = `Eintrag ${position}${record && record.id ? ` („${record.id}“)` : ''}`;
  const problems = [];
  if (!isPlainObject(record)) return [`${where}: kein Objekt`];
  if (!isText(record.id) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(record.id)) problems.push(`${where}: "id" muss kebab-case sein`);
  if (!CATEGORIES.includes(record.category)) problems.push(`${where}: "category" muss eine von ${CATEGORIES.join(', ')} sein`);
  const prefix = CODE_PREFIX[record.category];
  if (!isText(record.code) || !new RegExp(`^MK-${prefix || '[A-Z]+'}-\\d{2}$`).test(record.code)) {
    problems.push(`${where}: "code" muss die Form MK-${prefix || 'XXX'}-NN haben`);
  }
  if (!KINDS.includes(record.kind)) problems.push(`${where}: "kind" muss core, custom oder heuristic sein`);
  for (const field of ['title', 'description']) {
    if (!isPlainObject(record[field]) || !isText(record[field].de) || !isText(record[field].en)) {
      problems.push(`${where}: "${field}" braucht "de" und "en"`);
    }
  }
  if (!isText(record.rationale)) problems.push(`${where}: "rationale" fehlt`);
  if (!Array.isArray(record.appliesTo)) problems.push(`${where}: "appliesTo" muss eine Liste sein`);
  if (!Array.isArray(record.sources)) problems.push(`${where}: "sources" muss eine Liste sein`);
  if (!isPlainObject(record.severity)) {
    problems.push(`${where}: "severity" fehlt`);
  } else {
    for (const profile of PROFILES) {
      const level = record.severity[profile];
      if (!SEVERITIES.includes(level)) problems.push(`${where}: "severity.${profile}" muss error, warning, info oder off sein`);
      if (record.kind === 'heuristic' && level === 'error') problems.push(`${where}: heuristische Regeln dürfen nie „error“ sein (Profil ${profile})`);
    }
    for (const key of Object.keys(record.severity)) {
      if (!PROFILES.includes(key)) problems.push(`${where}: unbekanntes Profil "${key}" in "severity"`);
    }
  }
  if (record.params !== undefined && !isPlainObject(record.params)) problems.push(`${where}: "params" muss ein Objekt sein`);
  if (record.profileParams !== undefined) {
    if (!isPlainObject(record.profileParams)) problems.push(`${where}: "profileParams" muss ein Objekt sein`);
    else for (const key of Object.keys(record.profileParams)) {
      if (!PROFILES.includes(key)) problems.push(`${where}: unbekanntes Profil "${key}" in "profileParams"`);
      else if (!isPlainObject(record.profileParams[key])) problems.push(`${where}: "profileParams.${key}" muss ein Objekt sein`);
    }
  }
  if (record.quickFix !== undefined && record.quickFix !== null && !isText(record.quickFix)) problems.push(`${where}: "quickFix" muss eine Kennung sein`);
  if (!('berlinRef' in record)) problems.push(`${where}: "berlinRef" fehlt (null, solange unbekannt)`);
  return problems;
}

/** All problems of a catalog (array of records), including duplicate ids and codes. */
function catalogProblems(records) {
  const problems = [];
  const ids = new Map();
  const codes = new Map();
  records.forEach((record, i) => {
    problems.push(...recordProblems(record, i + 1));
    if (record && isText(record.id)) {
      if (ids.has(record.id)) problems.push(`Regel-ID „${record.id}“ ist doppelt`);
      ids.set(record.id, true);
    }
    if (record && isText(record.code)) {
      if (codes.has(record.code)) problems.push(`Code „${record.code}“ ist doppelt`);
      codes.set(record.code, true);
    }
  });
  return problems;
}

/** Throws an Error listing every problem when the catalog is invalid. */
function assertValidCatalog(records) {
  const problems = catalogProblems(records);
  if (problems.length) {
    throw new Error('bpmnlint-plugin-gpm: Regelkatalog ungültig:\n- ' + problems.join('\n- '));
  }
}

module.exports = { catalogProblems, assertValidCatalog, recordProblems, PROFILES, CATEGORIES, KINDS, SEVERITIES };
