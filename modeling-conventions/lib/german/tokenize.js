'use strict';

/**
 * Tokenisation of German labels: whitespace separated, surrounding punctuation stripped, while
 * hyphenated compounds ("E-Mail", "Ist-Zustand"), slashes ("Antragsteller/-in") and gender
 * forms ("Sachbearbeiter:in", "Bürger*innen") stay one token.
 */

const LEADING = /^[\s"„“”'‚‘’«»(\[{<]+/u;
const TRAILING = /[\s"„“”'‚‘’«»)\]}>,;:!?…]+$/u;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * @typedef {object} Token
 * @property {string} text the token without surrounding punctuation
 * @property {string} raw the whitespace-separated chunk it came from
 * @property {string} lower `text` in lower case
 * @property {boolean} isWord contains a letter
 * @property {boolean} capitalized starts with an upper-case letter
 * @property {boolean} upper all letters upper case and at least two letters ("GPR", "DMS")
 * @property {boolean} hasDigit contains a digit
 * @property {number} index position among all tokens
 */

/**
 * Splits a normalised label into tokens.
 * @param {string} normalized label returned by `normalizeLabel`
 * @returns {Token[]} tokens in label order (punctuation-only chunks have `isWord` false)
 */
function tokenize(normalized) {
  if (!normalized) return [];
  return normalized.split(' ').filter(Boolean).map((raw, index) => {
    let text = raw.replace(LEADING, '');
    // keep the dot of short forms ("z.A.", "Nr.") but not a sentence dot after a long word
    text = text.replace(TRAILING, '');
    if (/\.$/.test(text) && !/^(?:\p{L}{1,5}\.|(?:\p{L}{1,3}\.){2,})$/u.test(text)) text = text.replace(/\.+$/, '');
    const letters = text.replace(/[^\p{L}]/gu, '');
    return {
      text,
      raw,
      lower: text.toLocaleLowerCase('de'),
      isWord: LETTER.test(text),
      capitalized: UPPER_START.test(text),
      upper: letters.length >= 2 && letters === letters.toLocaleUpperCase('de') && letters !== letters.toLocaleLowerCase('de'),
      hasDigit: /\d/.test(text),
      index
    };
  });
}

/**
 * Only the word tokens (those with a letter) of a label.
 * @param {Token[]} tokens result of {@link tokenize}
 * @returns {Token[]} tokens that contain letters
 */
function wordTokens(tokens) {
  return tokens.filter((t) => t.isWord);
}

module.exports = { tokenize, wordTokens };
