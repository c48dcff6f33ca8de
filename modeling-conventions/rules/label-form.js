'use strict';

/**
 * MK-NAME-11 — Einheitliche Sprache und Form (heuristic, info): line-break hacks, double spaces,
 * soft hyphens, manual hyphenation, placeholders, English words, umlauts written as ae/oe/ue,
 * capitalised verbs and length limits (activities: words/characters; other labels: own limits).
 */
const { defineLabelRule } = require('../lib/german/defineLabelRule');
const { labelKind } = require('../lib/german/elementKinds');
const { labelFormFindings } = require('../lib/german/labelFindings');
const { labelFormMessage } = require('../lib/german/namingMessages');
const { isAny } = require('../lib/bpmn');
const { paramsWith } = require('../lib/german/memoize');

const LABELLED = ['bpmn:FlowNode', 'bpmn:SequenceFlow', 'bpmn:MessageFlow', 'bpmn:Participant', 'bpmn:Lane',
  'bpmn:DataObjectReference', 'bpmn:DataStoreReference'];

module.exports = defineLabelRule('label-form', {
  maxWords: 6,
  maxChars: 50,
  maxWordsOther: 8,
  maxCharsOther: 60,
  checkEnglish: true,
  // the shipped English stoplist (documentation; edit the .txt and rebuild the lexicon)
  englishWordList: 'lexicons/english-words.txt',
  ignoreWords: []
}, {
  appliesTo: (node) => isAny(node, LABELLED),
  messages: (label, node, params) =>
    labelFormFindings(label, paramsWith(params, 'kind', labelKind(node))).issues.map((issue) => labelFormMessage(label, issue))
}, { types: LABELLED, scope: 'element' });
