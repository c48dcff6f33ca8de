'use strict';

/**
 * MK-DIG-07 — Übergaben und Schleifen auswerten. Per modelled process: lane changes (sequence
 * flows between different lanes = handovers with waiting time), rework loops (strongly
 * connected components, all levels) and media breaks (lib/media.js). Above `maxLaneChanges`,
 * `maxLoops` or `maxMediaBreaks` an optimisation hint names all three figures; `alwaysReport`
 * reports them for every process.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, flowElements } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { mediaBreaks } = require('../lib/media');
const { modelledProcesses } = require('../lib/modelInfo');

module.exports = defineRule('handover-metrics', {
  maxLaneChanges: 8,
  maxLoops: 2,
  maxMediaBreaks: 2,
  alwaysReport: false,
  inferMediaFromLabels: true
}, (ctx) => (node, report) => {
  if (!is(node, 'bpmn:Definitions')) return;
  const p = ctx.params;
  const index = ctx.index(node);
  for (const { process, target } of modelledProcesses(index)) {
    let laneChanges = 0;
    for (const f of flowElements(process)) {
      if (!is(f, 'bpmn:SequenceFlow')) continue;
      const a = index.laneOf(f.sourceRef);
      const b = index.laneOf(f.targetRef);
      if (a && b && a !== b) laneChanges++;
    }
    const containers = index.levelsOf(process);
    let loops = 0;
    let breaks = 0;
    for (const c of containers) {
      loops += index.loopsOf(c).length;
      breaks += mediaBreaks(index, c, p.inferMediaFromLabels).length;
    }
    const over = laneChanges > p.maxLaneChanges || loops > p.maxLoops || breaks > p.maxMediaBreaks;
    if (over || p.alwaysReport) {
      report(target.id, `${Describe(target)}: ${laneChanges} Zuständigkeitswechsel (Richtwert ${p.maxLaneChanges}), ${loops} Rückkopplungsschleifen (Richtwert ${p.maxLoops}), ${breaks} Medienbrüche (Richtwert ${p.maxMediaBreaks})${over ? ' – Optimierungspotenzial prüfen (Wartezeiten bei Übergaben, vermeidbare Schleifen und Medienbrüche).' : '.'}`);
    }
  }
}, { types: ['bpmn:Definitions'] });
