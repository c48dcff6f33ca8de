'use strict';

/**
 * MK-DIG-03 — Papiergebundene Tätigkeiten im SOLL vermeiden (heuristic). Activities whose label
 * names paper work (lexicon paperWork: drucken, kopieren, scannen, abheften, Hauspost,
 * Umlaufmappe, Papierakte …, plus `extraPaperWords`) are reported unless they carry a
 * `medienbruchBegruendung`.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readActivityInfo } = require('../lib/gpm');
const { matchKeyword } = require('../lib/keywords');
const { digitisation, withExtra } = require('../lib/lexicons');

module.exports = defineRule('paper-tasks-avoided', { extraPaperWords: [] }, (ctx) => {
  const words = withExtra(digitisation.paperWork, ctx.params.extraPaperWords);
  return (node, report) => {
    if (!is(node, 'bpmn:Activity')) return;
    const hit = matchKeyword(nameOf(node), words);
    if (!hit || (readActivityInfo(node) || {}).medienbruchBegruendung) return;
    report(node.id, `${Describe(node)} ist eine papiergebundene Tätigkeit („${hit.replace(/[*+]/g, (c) => (c === '+' ? ' … ' : ''))}“); im SOLL-Modell wird sie digital gelöst oder der Medienbruch begründet.`);
  };
});
