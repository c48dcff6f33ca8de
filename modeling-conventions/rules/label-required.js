'use strict';

/**
 * MK-NAME-01 — Beschriftung vorhanden: bpmnlint's core `label-required` with German messages,
 * plus the catalog's gap filler for what the core rule skips: sub-processes (collapsed and
 * expanded, not event sub-processes), data objects and data stores. A start event inside a
 * sub-process may stay unlabelled (`allowUnlabeledSubProcessStart`), and so may the single blank
 * start event of a process (`allowUnlabeledBlankStart`, off by default).
 */
const { wrapCoreRules } = require('../lib/wrapCoreRule');
const { is, isAny, eventDefinitionTypes, isEventSubProcess, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

/** German example label per element kind, for the message. */
function exampleFor(element) {
  if (isAny(element, ['bpmn:Task', 'bpmn:SubProcess', 'bpmn:CallActivity'])) return 'als Objekt + Verb benennen, z. B. „Antrag prüfen“';
  if (is(element, 'bpmn:Event')) return 'mit dem erreichten Zustand benennen, z. B. „Antrag eingegangen“';
  if (is(element, 'bpmn:Gateway')) return 'mit einer Frage beschriften, z. B. „Antrag vollständig?“';
  if (is(element, 'bpmn:SequenceFlow')) return 'mit der Bedingung beschriften, z. B. „Ja“ oder „Antrag vollständig“';
  if (is(element, 'bpmn:Participant')) return 'mit der Organisation benennen, z. B. „Bezirksamt Mitte – Wohngeldstelle“';
  if (is(element, 'bpmn:Lane')) return 'mit der Rolle oder Organisationseinheit benennen, z. B. „Sachbearbeitung“';
  if (is(element, 'bpmn:DataStoreReference')) return 'mit dem System oder Register benennen, z. B. „Fachverfahren Wohngeld“';
  if (is(element, 'bpmn:DataObjectReference')) return 'mit dem Dokument benennen, z. B. „Antrag“ oder „Bescheid“';
  return 'benennen';
}

function missingLabel(element) {
  return `${Describe(element)} ist nicht beschriftet – ${exampleFor(element)}.`;
}

/** True for start events that the parameters allow to stay unlabelled. */
function allowedUnlabeledStart(node, params) {
  if (!is(node, 'bpmn:StartEvent')) return false;
  const parent = node.$parent;
  if (params.allowUnlabeledSubProcessStart && is(parent, 'bpmn:SubProcess')) return true;
  return Boolean(params.allowUnlabeledBlankStart && eventDefinitionTypes(node).length === 0);
}

module.exports = wrapCoreRules('label-required', {
  coreRules: ['label-required'],
  defaults: {
    allowUnlabeledSubProcessStart: true,
    allowUnlabeledBlankStart: false,
    divergingGateways: true,
    subProcesses: true,
    dataObjects: true,
    dataStores: true
  },
  // the element's own label and type; for a gateway, whether it splits (its outgoing flows)
  scope: 'neighbourhood',
  skipNode: (node, ctx) => allowedUnlabeledStart(node, ctx.params) || (ctx.params.divergingGateways === false && is(node, 'bpmn:Gateway')),
  message: (r) => (r.element ? missingLabel(r.element) : undefined),
  extraTypes: ['bpmn:SubProcess', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference'],
  extra: (ctx) => (node, report) => {
    const p = ctx.params;
    const gap = (p.subProcesses !== false && is(node, 'bpmn:SubProcess') && !isEventSubProcess(node)) ||
      (p.dataObjects !== false && is(node, 'bpmn:DataObjectReference')) ||
      (p.dataStores !== false && is(node, 'bpmn:DataStoreReference'));
    if (gap && !nameOf(node)) report(node.id, missingLabel(node));
  }
});

