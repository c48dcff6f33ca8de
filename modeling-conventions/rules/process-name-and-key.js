'use strict';

/**
 * MK-NAME-09 — Prozessname und Prozess-ID: every modelled process has a name in the style
 * "Objekt + Verb" ("Wohngeld bewilligen"), a service/product key — as name prefix matching
 * `keyPattern` or as `gpm:processInfo prozessschluessel` — and a name that no element of the
 * model repeats. Processes without flow nodes (black-box pools) are skipped.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, hasFlowNodes, nameOf, rootOf, rootElementsOf } = require('../lib/bpmn');
const { readProcessInfo } = require('../lib/gpm');
const { labelKey } = require('../lib/german/normalizeLabel');
const { activityPatternFindings } = require('../lib/german/labelFindings');
const { q } = require('../lib/german/namingMessages');

const DEFAULT_KEY_PATTERN = '^(?:\\d{3}\\.\\d{2}\\.\\d{2}|\\d{14}|[A-Z]{1,5}-\\d[\\d.-]*)\\s+';

/** The visible name of a process: its own, else the name of a collaboration with one pool for it. */
function processName(process) {
  if (nameOf(process)) return nameOf(process);
  const collaborations = rootElementsOf(rootOf(process), 'bpmn:Collaboration');
  const whiteBox = collaborations.flatMap((c) => c.participants || []).filter((p) => p && p.processRef && hasFlowNodes(p.processRef));
  return collaborations.length === 1 && whiteBox.length === 1 ? nameOf(collaborations[0]) : '';
}

/** The process key from the gpm: extension of the process, its pool or the collaboration. */
function keyFromAttributes(process, pool) {
  const holders = [process, pool, ...rootElementsOf(rootOf(process), 'bpmn:Collaboration')].filter(Boolean);
  for (const holder of holders) {
    const info = readProcessInfo(holder);
    if (info && info.prozessschluessel && info.prozessschluessel.trim()) return info.prozessschluessel.trim();
  }
  return '';
}

module.exports = defineRule('process-name-and-key', {
  keyPattern: DEFAULT_KEY_PATTERN,
  requireKey: true,
  requireObjectVerb: true,
  distinctFromElements: true
}, (ctx) => {
  let keyPattern;
  try {
    keyPattern = new RegExp(ctx.params.keyPattern || DEFAULT_KEY_PATTERN);
  } catch (e) {
    keyPattern = new RegExp(DEFAULT_KEY_PATTERN);
  }
  return (node, report) => {
    if (!is(node, 'bpmn:Process') || !hasFlowNodes(node)) return;
    const index = ctx.index(node);
    const reportId = index.reportIdFor(node);
    const name = processName(node);
    if (!name) {
      report(reportId, 'Der Prozess hat keinen Namen – im Stil „Objekt + Verb“ benennen, z. B. „Wohngeld bewilligen“, und die Prozess-ID voranstellen oder als Attribut erfassen.');
      return;
    }
    const prefix = keyPattern.exec(name);
    const title = prefix ? name.slice(prefix[0].length).trim() : name;
    if (ctx.params.requireKey && !prefix && !keyFromAttributes(node, index.poolOf(node))) {
      report(reportId, `Prozess ${q(name)}: Prozess-ID fehlt – die Leistungs- bzw. Produkt-ID voranstellen (z. B. „001.02.03 ${title}“) oder im Steckbrief als Prozessschlüssel erfassen.`);
    }
    if (ctx.params.requireObjectVerb && title && activityPatternFindings(title).issues.length) {
      report(reportId, `Prozess ${q(name)}: Prozessnamen im Stil „Objekt + Verb“ wählen, z. B. „Wohngeld bewilligen“.`);
    }
    if (ctx.params.distinctFromElements) {
      const key = labelKey(title);
      const clash = index.flowElementsDeep(node).some((element) => is(element, 'bpmn:FlowNode') && nameOf(element) && labelKey(element.name) === key);
      if (clash) report(reportId, `Prozess ${q(name)}: ein Element im Modell trägt denselben Namen – Prozess und Aktivitäten unterschiedlich benennen (der Prozess fasst die Aktivitäten zusammen).`);
    }
  };
}, { types: ['bpmn:Process'] });
