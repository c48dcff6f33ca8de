'use strict';

/**
 * MK-DIG-02 — Digitale Ein- und Ausgangskanäle (heuristic). Where the administration exchanges
 * with its customers — message flows with a customer pool (or, without one, between pools),
 * start and end events, send/receive tasks and activities attached to such message flows — a
 * paper channel (lexicon paperChannels: Post, Brief, Fax, persönlich, vor Ort …, also
 * `gpm:flowInfo kanal`) without a digital channel word is reported, unless the activity concerned
 * justifies it (`medienbruchBegruendung` or `rechtsgrundlage`).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readActivityInfo, readFlowInfo } = require('../lib/gpm');
const { matchKeyword, hasKeyword } = require('../lib/keywords');
const { digitisation, withExtra } = require('../lib/lexicons');
const { customerMessageFlows } = require('../lib/parties');

function justifiedBy(el) {
  const info = is(el, 'bpmn:Activity') ? readActivityInfo(el) : undefined;
  return !!(info && (info.medienbruchBegruendung || info.rechtsgrundlage));
}

module.exports = defineRule('digital-channels', { extraPaperChannels: [] }, (ctx) => {
  const paper = withExtra(digitisation.paperChannels, ctx.params.extraPaperChannels);
  const check = (text) => {
    const hit = matchKeyword(text, paper);
    return hit && !hasKeyword(text, digitisation.digitalChannels) ? hit.replace(/\*/g, '') : undefined;
  };
  return (node, report) => {
    const index = ctx.index(node);
    let text;
    let justified = false;
    if (is(node, 'bpmn:MessageFlow')) {
      if (!customerMessageFlows(index).includes(node)) return;
      text = [nameOf(node), (readFlowInfo(node) || {}).kanal].filter(Boolean).join(' ');
      justified = justifiedBy(node.sourceRef) || justifiedBy(node.targetRef);
    } else if (isAny(node, ['bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:SendTask', 'bpmn:ReceiveTask'])) {
      text = nameOf(node);
      justified = justifiedBy(node);
    } else if (is(node, 'bpmn:Activity') && customerMessageFlows(index).some((f) => f.sourceRef === node || f.targetRef === node)) {
      text = nameOf(node);
      justified = justifiedBy(node);
    } else return;
    const hit = check(text);
    if (hit && !justified) {
      report(node.id, `${Describe(node)} nutzt einen papiergebundenen Kanal („${hit}“); im SOLL-Modell gehen Anträge und Nachweise digital ein und Ergebnisse werden digital bereitgestellt – oder der Kanal ist begründet.`);
    }
  };
}, { types: ['bpmn:MessageFlow', 'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:Activity'] });
