'use strict';

/**
 * The process description ("Steckbrief", `gpm:processInfo`) of a model, wherever it is kept:
 * on the collaboration (multi-pool models), on a participant, or on a process. The first one
 * found in that order is the model's Steckbrief; its status drives status-dependent rules
 * (MK-DOC-01/06/07, MK-ORG-07).
 */
const { readProcessInfo, normalizeStatus, statusRank } = require('./gpm');
const { hasFlowNodes } = require('./bpmn');

/**
 * Every element carrying a Steckbrief, in priority order.
 * @returns {Array<{ holder: object, info: object }>}
 */
function steckbriefe(index) {
  return index._lazy('steckbriefe', () => {
    const out = [];
    const seen = new Set();
    const add = (holder) => {
      if (!holder || seen.has(holder)) return;
      seen.add(holder);
      const info = readProcessInfo(holder);
      if (info) out.push({ holder, info });
    };
    index.collaborations.forEach(add);
    index.participants.forEach(add);
    index.processes.forEach(add);
    return out;
  });
}

/** The model's Steckbrief ({ holder, info }) or undefined. */
function mainSteckbrief(index) {
  return steckbriefe(index)[0];
}

/** The model status key (entwurf | in_pruefung | freigegeben | archiviert) or undefined. */
function modelStatus(index) {
  const main = mainSteckbrief(index);
  return main ? normalizeStatus(main.info.status) : undefined;
}

/** True if the model's status is at least `minStatus` in the life cycle. */
function statusAtLeast(index, minStatus) {
  const status = modelStatus(index);
  return status !== undefined && statusRank(status) >= statusRank(minStatus);
}

/**
 * The element a model-level finding is reported on: the pool (or process) when exactly one
 * process is modelled, else the collaboration, else the first process.
 */
function modelElement(index) {
  const modelled = modelledProcesses(index).map((m) => m.process);
  if (modelled.length === 1) return index.reportElementFor(modelled[0]);
  if (index.collaborations.length) return index.collaborations[0];
  return modelled[0] || index.processes[0];
}

/** White-box processes (with flow nodes), each with the element to report process findings on. */
function modelledProcesses(index) {
  return index._lazy('modelledProcesses', () => index.processes
    .filter((p) => hasFlowNodes(p))
    .map((process) => ({ process, target: index.reportElementFor(process) })));
}

module.exports = { steckbriefe, mainSteckbrief, modelStatus, statusAtLeast, modelElement, modelledProcesses };
