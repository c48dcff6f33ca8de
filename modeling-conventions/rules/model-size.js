'use strict';

/**
 * MK-LAY-01 — Modellgröße begrenzen. Per process level: activities above `warnAbove` (warning)
 * or `infoAbove` (hint `infoSeverity`), flow nodes above `maxFlowNodes` (warning). Per model:
 * the main diagram's extent must fit DIN A3 landscape at `minPrintScale` (hint `printSeverity`).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, flowNodes } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { modelElement } = require('../lib/modelInfo');

// DIN A3 landscape at 96 dpi: 420 mm × 297 mm = 1587 × 1123 px at 100 %
const A3 = { width: 1587, height: 1123 };

function extent(diagram, index) {
  const plane = diagram && diagram.plane;
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (const di of (plane && plane.planeElement) || []) {
    const b = index.bounds(di);
    const points = b ? [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height }] : index.waypoints(di);
    for (const p of points) {
      minX = Math.min(minX, p.x); minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
    }
  }
  return Number.isFinite(minX) ? { width: maxX - minX, height: maxY - minY } : undefined;
}

module.exports = defineRule('model-size', {
  infoAbove: 10,
  warnAbove: 15,
  maxFlowNodes: 50,
  infoSeverity: 'info',
  minPrintScale: 0.5,
  printSeverity: 'info'
}, (ctx) => (node, report) => {
  const p = ctx.params;
  if (is(node, 'bpmn:Definitions')) {
    const size = extent((node.diagrams || [])[0], ctx.index(node));
    const target = modelElement(ctx.index(node));
    if (!size || !target || !(p.minPrintScale > 0)) return;
    const maxW = A3.width / p.minPrintScale;
    const maxH = A3.height / p.minPrintScale;
    if (size.width > maxW || size.height > maxH) {
      report(target.id, `Das Diagramm ist ${Math.round(size.width)} × ${Math.round(size.height)} Einheiten groß und passt bei ${Math.round(p.minPrintScale * 100)} % nicht lesbar auf DIN A3 quer; gliedern Sie es über Teilprozesse.`, p.printSeverity);
    }
    return;
  }
  if (!is(node, 'bpmn:FlowElementsContainer')) return;
  const nodes = flowNodes(node);
  if (!nodes.length) return;
  const activities = nodes.filter((n) => is(n, 'bpmn:Activity')).length;
  const target = ctx.index(node).reportElementFor(node);
  const reasons = [];
  let severity = 'off';
  if (activities > p.warnAbove) {
    reasons.push(`${activities} Aktivitäten (höchstens ${p.warnAbove}, empfohlen 5–${p.infoAbove})`);
    severity = 'warning';
  } else if (activities > p.infoAbove) {
    reasons.push(`${activities} Aktivitäten (empfohlen höchstens ${p.infoAbove})`);
    severity = p.infoSeverity;
  }
  if (nodes.length > p.maxFlowNodes) {
    reasons.push(`${nodes.length} Fluss-Elemente (höchstens ${p.maxFlowNodes})`);
    severity = 'warning';
  }
  if (reasons.length) {
    report(target.id, `${Describe(target)} enthält auf einer Ebene ${reasons.join(' und ')}; gliedern Sie das Modell über Teilprozesse.`, severity === 'warning' ? undefined : severity);
  }
}, { types: ['bpmn:Definitions', 'bpmn:FlowElementsContainer'] });
