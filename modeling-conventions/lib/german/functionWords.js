'use strict';

/**
 * Closed word classes of German (articles, pronouns, prepositions, conjunctions, auxiliaries).
 * They are grammar, not convention data, so they live in code; the lexicon files hold the
 * open classes (verbs, state adjectives, time words …).
 */

/** Articles, determiners and prepositions with article. */
const DETERMINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'kein', 'keine', 'keiner', 'keines', 'keinem', 'keinen', 'zum', 'zur', 'vom', 'beim', 'im', 'ins', 'am', 'ans',
  'alle', 'allen', 'aller', 'alles', 'jede', 'jeder', 'jedes', 'jeden', 'jedem', 'dieser', 'diese', 'dieses', 'diesen', 'diesem',
  'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren', 'mein', 'meine', 'meinen', 'unser', 'unsere'
]);

/** Prepositions. */
const PREPOSITIONS = new Set([
  'an', 'auf', 'aus', 'bei', 'bis', 'durch', 'für', 'gegen', 'gemäß', 'hinter', 'in', 'mit', 'nach', 'neben', 'ohne',
  'seit', 'über', 'um', 'unter', 'von', 'vor', 'während', 'wegen', 'zu', 'zwischen', 'per', 'laut', 'inklusive', 'samt'
]);

/** Conjunctions that can join two activities. */
const CONJUNCTIONS = new Set(['und', 'oder', 'sowie', 'bzw.', 'bzw', 'beziehungsweise', '&', '+', '/', 'u.', 'sowohl', 'als', 'auch']);

/** Auxiliaries and copulas that may stand in event labels ("Antrag ist eingegangen"). */
const AUXILIARIES = new Set(['ist', 'sind', 'wurde', 'wurden', 'worden', 'wird', 'werden', 'war', 'waren', 'hat', 'haben', 'liegt', 'liegen', 'lag', 'lagen', 'bleibt', 'bleiben', 'nicht', 'noch']);

/** Verbs that open a yes/no question ("Ist der Antrag vollständig?"). */
const QUESTION_VERBS = new Set([
  'ist', 'sind', 'liegt', 'liegen', 'gibt', 'gab', 'hat', 'haben', 'wurde', 'wurden', 'wird', 'werden', 'kann', 'können',
  'muss', 'müssen', 'soll', 'sollen', 'darf', 'dürfen', 'besteht', 'bestehen', 'erfolgt', 'war', 'waren', 'existiert',
  'stimmt', 'trifft', 'handelt', 'gilt', 'reicht', 'genügt', 'will', 'wollen', 'möchte', 'braucht', 'benötigt', 'fehlt', 'fehlen'
]);

/** Question words of open (non yes/no) questions. */
const QUESTION_WORDS = new Set(['was', 'wer', 'wen', 'wem', 'wessen', 'wie', 'welche', 'welcher', 'welches', 'welchen', 'wann', 'wo', 'wohin', 'woher', 'warum', 'weshalb', 'wieso', 'wieviel', 'wie viel', 'wie viele', 'womit', 'wozu']);

/**
 * True for articles, determiners, prepositions and conjunctions: words that never are the verb
 * or the object of a label.
 * @param {string} lower a lower-case word
 * @returns {boolean} whether it belongs to a closed function-word class
 */
function isFunctionWord(lower) {
  return DETERMINERS.has(lower) || PREPOSITIONS.has(lower) || CONJUNCTIONS.has(lower);
}

module.exports = { DETERMINERS, PREPOSITIONS, CONJUNCTIONS, AUXILIARIES, QUESTION_VERBS, QUESTION_WORDS, isFunctionWord };
