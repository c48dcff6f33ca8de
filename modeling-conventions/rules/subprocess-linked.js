'use strict';

/**
 * MK-DOC-07 — Teilprozesse verknüpft. A call activity names the process it calls; the process
 * is in the same file or — when the app passes its workspace in `knownProcessIds` — among the
 * known processes (a reference outside the file cannot be checked without that list and is
 * skipped). A collapsed sub-process has content and its own diagram (DI plane). Models before
 * status `releaseStatus` get the hint `draftSeverity`.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isEventSubProcess, hasFlowNodes } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { statusAtLeast } = require('../lib/modelInfo');

module.exports = defineRule('subprocess-linked', {
  knownProcessIds: [],
  releaseStatus: 'in_pruefung',
  draftSeverity: 'info'
}, (ctx) => (node, report) => {
  const p = ctx.params;
  let message;
  const index = () => ctx.index(node);
  if (is(node, 'bpmn:CallActivity')) {
    const ref = node.calledElement;
    const id = typeof ref === 'string' ? ref.trim() : ref && ref.id;
    if (!id) message = `${Describe(node)} verweist auf kein Teilprozessmodell (aufgerufener Prozess fehlt).`;
    else if (!index().processById(id)) {
      const known = Array.isArray(p.knownProcessIds) ? p.knownProcessIds : [];
      if (known.length && !known.includes(id)) message = `${Describe(node)} verweist auf den Prozess „${id}“, der weder in dieser Datei noch im Arbeitsbereich vorhanden ist.`;
    }
  } else if (is(node, 'bpmn:SubProcess') && !isEventSubProcess(node) && index().isCollapsed(node) === true) {
    if (!hasFlowNodes(node)) message = `${Describe(node)} ist zugeklappt, aber leer; modellieren Sie den Teilprozess oder verknüpfen Sie ein Teilprozessmodell.`;
    else if (!index().planeOwners.has(node)) message = `${Describe(node)} ist zugeklappt, hat aber kein eigenes Detaildiagramm; sein Inhalt ist nicht sichtbar.`;
  }
  if (message) report(node.id, message, statusAtLeast(index(), p.releaseStatus) ? undefined : p.draftSeverity);
}, { types: ['bpmn:CallActivity', 'bpmn:SubProcess'] });
