'use strict';

/**
 * MK-NAME-10 — Abkürzungen nur mit Glossar (heuristic, info): acronyms, dotted short forms and
 * mixed-case names in labels that are neither in the default glossary (`lexicons/glossary.txt`)
 * nor in the team's `glossary` parameter. Legal citations ("§ 7 WoGG") are fine.
 */
const { defineLabelRule } = require('../lib/german/defineLabelRule');
const { abbreviationFindings } = require('../lib/german/labelFindings');
const { abbreviationMessage } = require('../lib/german/namingMessages');
const { isAny } = require('../lib/bpmn');

const LABELLED = ['bpmn:FlowNode', 'bpmn:SequenceFlow', 'bpmn:MessageFlow', 'bpmn:Participant', 'bpmn:Lane',
  'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:Process'];

module.exports = defineLabelRule('abbreviations-glossary', {
  // the shipped default glossary (documentation; edit the .txt and rebuild the lexicon)
  glossaryList: 'lexicons/glossary.txt',
  glossary: {},
  ignore: []
}, {
  appliesTo: (node) => isAny(node, LABELLED),
  messages: (label, node, params) => {
    const ignore = new Set((params.ignore || []).map(String));
    const found = abbreviationFindings(label, params).issues.map((i) => i.detail).filter((t) => !ignore.has(t));
    return found.length ? [abbreviationMessage(label, found)] : [];
  }
}, { types: LABELLED, scope: 'element' });
