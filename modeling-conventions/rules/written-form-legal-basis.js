'use strict';

/**
 * MK-DIG-04 — Schriftform und persönliches Erscheinen nur mit Rechtsgrund (heuristic).
 * Activities, events and message flows that require a handwritten signature, written form,
 * originals, certification or personal presence (lexicon writtenForm) — and do not name an
 * electronic alternative (electronicExceptions: elektronisch, qualifiziert, eID …) — reference
 * the provision that demands it (`gpm:activityInfo rechtsgrundlage` on the activity, for events
 * and message flows on the adjacent activity).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, nameOf, incoming, outgoing } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readActivityInfo } = require('../lib/gpm');
const { matchKeyword, hasKeyword } = require('../lib/keywords');
const { digitisation, withExtra } = require('../lib/lexicons');

function hasLegalBasis(el) {
  return is(el, 'bpmn:Activity') && !!(readActivityInfo(el) || {}).rechtsgrundlage;
}

module.exports = defineRule('written-form-legal-basis', { extraWrittenFormWords: [] }, (ctx) => {
  const words = withExtra(digitisation.writtenForm, ctx.params.extraWrittenFormWords);
  return (node, report) => {
    if (!isAny(node, ['bpmn:Activity', 'bpmn:Event', 'bpmn:MessageFlow'])) return;
    const text = nameOf(node);
    const hit = matchKeyword(text, words);
    if (!hit || hasKeyword(text, digitisation.electronicExceptions)) return;
    let neighbours = [node];
    if (is(node, 'bpmn:MessageFlow')) neighbours = [node.sourceRef, node.targetRef];
    else if (is(node, 'bpmn:Event')) neighbours = incoming(node).map((f) => f.sourceRef).concat(outgoing(node).map((f) => f.targetRef));
    if (neighbours.some(hasLegalBasis)) return;
    report(node.id, `${Describe(node)} verlangt Schriftform, Unterschrift, Original oder persönliches Erscheinen („${hit.replace(/[*]/g, '').replace(/\+/g, ' … ')}“), ohne die Rechtsvorschrift zu nennen, die dies fordert.`);
  };
}, { types: ['bpmn:Activity', 'bpmn:Event', 'bpmn:MessageFlow'] });
