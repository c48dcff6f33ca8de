'use strict';

/**
 * MK-DOC-06 — Keine offenen Anmerkungen bei Freigabe. A text annotation is temporary when its
 * text carries an open marker (lexicon `documentation-keywords.json` openMarkers: TODO, klären,
 * offene Frage …), a question mark (`questionMarkIsOpen`) or a yellow fill (`yellowIsTemporary`),
 * unless it is marked permanent (`gpm:annotationInfo dauerhaft="true"`). From status
 * `releaseStatus` on it is an error; before that the hint `draftSeverity` applies.
 */
const { defineRule } = require('../lib/ruleKit');
const { is } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readAnnotationInfo } = require('../lib/gpm');
const { matchKeyword } = require('../lib/keywords');
const { documentation, withExtra } = require('../lib/lexicons');
const { fillOf, isYellowish } = require('../lib/colours');
const { statusAtLeast } = require('../lib/modelInfo');

module.exports = defineRule('no-open-annotations', {
  releaseStatus: 'freigegeben',
  draftSeverity: 'info',
  questionMarkIsOpen: true,
  yellowIsTemporary: true,
  extraOpenMarkers: []
}, (ctx) => {
  const markers = withExtra(documentation.openMarkers, ctx.params.extraOpenMarkers);
  return (node, report) => {
    if (!is(node, 'bpmn:TextAnnotation')) return;
    const info = readAnnotationInfo(node) || {};
    if (info.dauerhaft) return;
    const text = typeof node.text === 'string' ? node.text : '';
    const index = ctx.index(node);
    let reason;
    const marker = matchKeyword(text, markers);
    if (marker) reason = `enthält den Vermerk „${marker.replace(/\*/g, '')}“`;
    else if (ctx.params.questionMarkIsOpen && text.includes('?')) reason = 'enthält eine offene Frage';
    else if (ctx.params.yellowIsTemporary && isYellowish(fillOf(index.diByElement.get(node)))) reason = 'ist gelb markiert (temporäre Notiz)';
    if (!reason) return;
    const released = statusAtLeast(index, ctx.params.releaseStatus);
    report(node.id, `${Describe(node)} ${reason}; vor der Freigabe werden temporäre Anmerkungen entfernt oder als dauerhaft gekennzeichnet.`, released ? undefined : ctx.params.draftSeverity);
  };
}, { types: ['bpmn:TextAnnotation'] });
