/**
 * A small English administrative synonym list for labels in English (the German side uses
 * OpenThesaurus). Only general, dictionary-level synonyms of verbs and nouns that public
 * administrations use for process steps; words are matched after Porter stemming.
 */
export const ENGLISH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['check', 'verify', 'examine', 'inspect', 'review', 'control', 'validate'],
  ['send', 'forward', 'dispatch', 'transmit', 'mail', 'post'],
  ['receive', 'get', 'obtain'],
  ['evaluate', 'assess', 'appraise', 'rate'],
  ['reject', 'refuse', 'decline', 'deny', 'rejection', 'refusal', 'denial'],
  ['accept', 'approve', 'grant', 'admit', 'acceptance', 'approval', 'admission'],
  ['enrol', 'enroll', 'register', 'matriculate', 'immatriculate', 'registration', 'enrollment', 'matriculation'],
  ['notify', 'inform', 'notification', 'information'],
  ['create', 'prepare', 'draft', 'produce'],
  ['archive', 'store', 'file'],
  ['pay', 'payment', 'remit'],
  ['request', 'application', 'apply', 'claim'],
  ['form', 'formular', 'questionnaire'],
  ['document', 'paper', 'record'],
  ['certificate', 'certification', 'attestation'],
  ['decide', 'decision', 'determine', 'resolve'],
  ['sign', 'signature', 'undersign'],
  ['complete', 'finish', 'finalize', 'conclude'],
  ['wait', 'await'],
  ['commission', 'committee', 'board', 'panel'],
  ['invite', 'invitation', 'summon'],
  ['select', 'choose', 'pick', 'selection'],
  ['add', 'attach', 'enclose', 'append']
];
