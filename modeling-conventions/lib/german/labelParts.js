'use strict';

/**
 * Building blocks shared by the label analyzers: splitting a label into its analysable core
 * tokens, recognising objects, nominalisations, imperatives and English words.
 */
const { normalizeLabel, labelCore } = require('./normalizeLabel');
const { tokenize, wordTokens } = require('./tokenize');
const { isInfinitive, englishTag, glossaryEntry } = require('./lexicon');
const { isFunctionWord, DETERMINERS } = require('./functionWords');

const NOMINAL_SUFFIX = /(?:ung|ungen|heit|keit|tion|tionen|ion|nahme|schaft|ität|nis|ment|ur)$/;

/**
 * Normalised label, its core without remarks/trailing punctuation, whether it is a question, and
 * its word tokens (tokens joined by "/" between lower-case words are split: "prüfen/senden").
 * @param {string} label raw label
 * @returns {{ normalized: string, core: string, question: boolean, words: import('./tokenize').Token[] }} parts
 */
function labelParts(label) {
  const normalized = normalizeLabel(label);
  const core = labelCore(normalized);
  const question = /\?$/.test(core);
  const words = [];
  const tokens = tokenize(core.replace(/\?+$/, '').trim());
  for (const token of wordTokens(tokens)) {
    // a word after "…:" starts a new segment ("Die Basics (2/4): Suchen")
    token.afterColon = token.index > 0 && /:$/.test(tokens[token.index - 1].raw);
    if (/^\p{Ll}+\/\p{Ll}+$/u.test(token.text) && !/\/-?in(nen)?$/.test(token.text)) {
      for (const text of token.text.split('/')) words.push({ ...token, text, lower: text.toLocaleLowerCase('de') });
    } else {
      words.push(token);
    }
  }
  return { normalized, core, question, words };
}

/**
 * True if the token can be (part of) the object of an activity or event: a capitalised word that
 * is no function word, a number, an acronym, a glossary term or a mixed-case name ("eAkte").
 * @param {import('./tokenize').Token} token a word token
 * @returns {boolean} whether it may name an object
 */
function isObjectToken(token) {
  if (isFunctionWord(token.lower)) return false;
  if (token.capitalized || token.upper || token.hasDigit) return true;
  if (glossaryEntry(token.text)) return true;
  return /\p{Ll}\p{Lu}/u.test(token.text);
}

/**
 * True for a capitalised nominalisation ("Prüfung", "Antragsprüfung", "Prüfen" after an article).
 * @param {import('./tokenize').Token} token a word token
 * @param {import('./tokenize').Token | undefined} previous the token before it
 * @returns {boolean} whether the token is a verbal noun
 */
function isNominalisation(token, previous) {
  if (!token.capitalized || token.upper) return false;
  if (NOMINAL_SUFFIX.test(token.lower) && token.lower.length > 5) return true;
  return isInfinitive(token.lower) && (!previous || DETERMINERS.has(previous.lower));
}

/**
 * Share of English words among the word tokens, and whether the label starts with an English verb.
 * @param {import('./tokenize').Token[]} words word tokens
 * @returns {{ share: number, verbFirst: boolean, count: number }} English statistics
 */
function englishProfile(words) {
  if (!words.length) return { share: 0, verbFirst: false, count: 0 };
  const count = words.filter((w) => englishTag(w.text) !== null).length;
  return { share: count / words.length, verbFirst: englishTag(words[0].text) === 'verb', count };
}

module.exports = { labelParts, isObjectToken, isNominalisation, englishProfile };
