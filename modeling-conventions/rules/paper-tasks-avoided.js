'use strict';

/**
 * MK-DIG-03 — Papiergebundene Tätigkeiten im SOLL vermeiden (heuristic). Activities whose label
 * names paper work (lexicon paperWork: drucken, kopieren, scannen, abheften, Hauspost,
 * Umlaufmappe, Papierakte …, plus `extraPaperWords`) are reported unless they carry a
 * `medienbruchBegruendung`. Automated task types and labels with digital or system words
 * ("Schriftstücke im DMS kopieren", "PDF drucken") are digital handling and skipped.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, nameOf } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');
const { readActivityInfo } = require('../lib/gpm');
const { matchKeyword, hasKeyword } = require('../lib/keywords');
const { digitisation, poolRoles, withExtra } = require('../lib/lexicons');

// automated steps copy or print electronically; a digital or system word marks digital handling
const AUTOMATED = ['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

module.exports = defineRule('paper-tasks-avoided', { extraPaperWords: [] }, (ctx) => {
  const words = withExtra(digitisation.paperWork, ctx.params.extraPaperWords);
  return (node, report) => {
    if (!is(node, 'bpmn:Activity') || isAny(node, AUTOMATED)) return;
    const name = nameOf(node);
    if (hasKeyword(name, digitisation.digitalChannels) || hasKeyword(name, poolRoles.it) || hasKeyword(name, ['dms', 'datei*', '*datei', 'pdf'])) return;
    const hit = matchKeyword(name, words);
    if (!hit || (readActivityInfo(node) || {}).medienbruchBegruendung) return;
    report(node.id, `${Describe(node)} ist eine papiergebundene Tätigkeit („${hit.replace(/[*+]/g, (c) => (c === '+' ? ' … ' : ''))}“); im SOLL-Modell wird sie digital gelöst oder der Medienbruch begründet.`);
  };
}, { types: ['bpmn:Activity'], scope: 'element' });
