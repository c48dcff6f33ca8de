'use strict';

/**
 * Language mixing (MK-NAME-11, catalog 6.4): English words in a German label, found with a
 * per-token stoplist (language identification is unreliable on two or three words). CamelCase
 * and hyphenated tokens are split, so "UserTask" and "Update-Batches" are checked by part.
 */
const { normalizeLabel } = require('./normalizeLabel');
const { tokenize } = require('./tokenize');
const { englishTag, glossaryEntry } = require('./lexicon');

/**
 * English words of a label, each once, in label order.
 * @param {string} label raw label
 * @param {{ ignore?: string[] }} [options] words a team accepts (case-insensitive)
 * @returns {string[]} English words as written
 */
function findEnglishWords(label, options = {}) {
  const ignore = new Set((options.ignore || []).map((w) => w.toLocaleLowerCase('en')));
  const found = [];
  for (const token of tokenize(normalizeLabel(label))) {
    if (!token.isWord || glossaryEntry(token.text)) continue;
    const parts = token.text.split(/[-/_.]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
    for (const part of parts) {
      const lower = part.toLocaleLowerCase('en');
      if (englishTag(part) !== null && !ignore.has(lower) && !found.some((f) => f.toLocaleLowerCase('en') === lower)) found.push(part);
    }
  }
  return found;
}

module.exports = { findEnglishWords };
