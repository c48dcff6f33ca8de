'use strict';

/**
 * MK-DOC-01 — Pflichtangaben zum Prozess (Steckbrief). Every Steckbrief (`gpm:processInfo` on
 * collaboration, pool or process) holds the fields in `required`; once released
 * (status `freigegeben`) also `requiredWhenReleased`, with the dates checked against `today`
 * (param; default: the current date): validity not expired and at most `validityMonths` after
 * release, review date not overdue and at most `reviewMonths` after release. A model without any
 * Steckbrief is reported on its collaboration or process. Findings on models that are not
 * released carry the hint `draftSeverity`; a SOLL model without `istModellRef` gets
 * `istRefSeverity`.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe, quoted, typeName } = require('../lib/describe');
const { normalizeStatus } = require('../lib/gpm');
const { steckbriefe, modelElement, modelledProcesses } = require('../lib/modelInfo');
const { parseDate, addMonths, todayFrom, formatDate } = require('../lib/dates');

const LABELS = {
  prozessschluessel: 'Prozess-ID (Prozessschlüssel)', version: 'Version', status: 'Status',
  modellart: 'Modellart (IST/SOLL)', prozessverantwortlich: 'Prozessverantwortliche/r',
  prozessmanager: 'Prozessmanager/in', organisationseinheit: 'federführende Organisationseinheit',
  stand: 'Stand', freigegebenVon: 'Freigabe durch', freigegebenAm: 'Freigabe am', gueltigBis: 'Gültig bis',
  wiedervorlageAm: 'Wiedervorlage am', politikfeld: 'Politikfeld', ausloeser: 'Auslöser', ergebnis: 'Ergebnis'
};

function checkDates(info, p, today) {
  const problems = [];
  const released = parseDate(info.freigegebenAm);
  const valid = parseDate(info.gueltigBis);
  const review = parseDate(info.wiedervorlageAm);
  for (const [field, date] of [['freigegebenAm', released], ['gueltigBis', valid], ['wiedervorlageAm', review]]) {
    if (info[field] && !date) problems.push(`„${LABELS[field]}“ ist kein gültiges Datum („${info[field]}“)`);
  }
  if (valid && valid < today) problems.push(`die Gültigkeit ist am ${formatDate(valid)} abgelaufen`);
  if (review && review < today) problems.push(`die Wiedervorlage am ${formatDate(review)} ist überschritten`);
  if (released && valid && valid > addMonths(released, p.validityMonths)) {
    problems.push(`„Gültig bis“ liegt mehr als ${p.validityMonths} Monate nach der Freigabe`);
  }
  if (released && review && review > addMonths(released, p.reviewMonths)) {
    problems.push(`die Wiedervorlage liegt mehr als ${p.reviewMonths} Monate nach der Freigabe`);
  }
  return problems;
}

module.exports = defineRule('process-metadata-required', {
  required: ['prozessschluessel', 'version', 'status', 'modellart', 'prozessverantwortlich', 'prozessmanager', 'organisationseinheit', 'stand'],
  requiredWhenReleased: ['freigegebenVon', 'freigegebenAm', 'gueltigBis', 'wiedervorlageAm'],
  validityMonths: 12,
  reviewMonths: 11,
  today: '',
  draftSeverity: 'warning',
  istRefSeverity: 'info'
}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:Definitions')) return;
  const p = ctx.params;
  const index = ctx.index(node);
  if (!modelledProcesses(index).length) return;
  const all = steckbriefe(index);
  if (!all.length) {
    const target = modelElement(index);
    if (target) report(target.id, `${Describe(index.reportElementFor(target))} hat keinen Prozesssteckbrief; erfassen Sie mindestens ${(p.required || []).map((f) => LABELS[f] || f).join(', ')}.`, p.draftSeverity);
    return;
  }
  const today = todayFrom(p.today);
  for (const { holder, info } of all) {
    const target = index.reportElementFor(holder);
    const status = normalizeStatus(info.status);
    const released = status === 'freigegeben';
    const fields = (p.required || []).concat(released ? p.requiredWhenReleased || [] : []);
    const missing = fields.filter((f) => !info[f]);
    const problems = [];
    if (missing.length) problems.push(`es fehlen: ${missing.map((f) => LABELS[f] || f).join(', ')}`);
    if (info.status && !status) problems.push(`der Status „${info.status}“ ist unbekannt (entwurf, in_pruefung, freigegeben, archiviert)`);
    if (info.modellart && !/^(ist|soll)$/i.test(info.modellart)) problems.push(`die Modellart „${info.modellart}“ ist weder IST noch SOLL`);
    if (released) problems.push(...checkDates(info, p, today));
    if (problems.length) {
      report(target.id, `Prozesssteckbrief zu ${quoted(target)} (${typeName(target)}): ${problems.join('; ')}.`, released ? undefined : p.draftSeverity);
    }
    if (/^soll$/i.test(info.modellart || '') && !info.istModellRef) {
      report(target.id, `${Describe(target)} ist ein SOLL-Modell ohne Verweis auf das zugrunde liegende IST-Modell (istModellRef).`, p.istRefSeverity);
    }
  }
}, { types: ['bpmn:Definitions'] });
