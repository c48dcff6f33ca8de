'use strict';

/**
 * Finds abbreviations, acronyms and mixed-case identifiers in a label (MK-NAME-10, catalog 6.4):
 * upper-case runs ("GPR", "DMS"), dotted short forms ("z.A.", "e.g."), mixed-case names
 * ("DigiWF", "BusinessKey"). Glossary terms, statutes cited after "§"/"Art.", Roman numerals,
 * gender forms with a capital I ("BürgerInnen") and English words are not reported.
 */
const { normalizeLabel } = require('./normalizeLabel');
const { tokenize } = require('./tokenize');
const { glossaryEntry, glossaryKey, englishTag } = require('./lexicon');

const ROMAN = /^[IVXLC]+$/;
const BINNEN_I = /\p{Ll}In(?:nen)?$/u;
const CITATION_START = /^(?:§§?|Art\.?|Artikel)$/;
const CITATION_PART = /^(?:\d+[a-z]?|Abs\.?|Absatz|Satz|S\.|Nr\.?|Nummer|Buchst\.?|lit\.?|i\.?V\.?m\.?|und|bis|ff?\.?|[IVX]+)$/;

/**
 * @typedef {object} Abbreviation
 * @property {string} text the abbreviation as written (a part of a hyphenated token)
 * @property {'acronym' | 'dotted' | 'mixed-case'} kind how it was recognised
 */

/** Kind of a token part, or null when it is no abbreviation. */
function classify(part) {
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (!letters) return null;
  if (/\p{L}\.\p{L}/u.test(part) || /^\p{L}{1,4}\.$/u.test(part)) return 'dotted';
  const uppers = (letters.match(/\p{Lu}/gu) || []).length;
  // long all-caps words are emphasis ("POSTSTELLE"), not acronyms; MK-NAME-11 reports them
  if (letters.length >= 2 && uppers === letters.length) return ROMAN.test(letters) || letters.length >= 7 ? null : 'acronym';
  if (BINNEN_I.test(part)) return null;
  if (/\p{Ll}\p{Lu}/u.test(part) || (uppers >= 2 && letters.length > uppers)) return 'mixed-case';
  return null;
}

/** True when the term (or its plural with a trailing "s") is in one of the glossaries. */
function isKnown(term, extraGlossary) {
  const candidates = [term, term.replace(/s$/, '')];
  return candidates.some((c) => glossaryEntry(c) || extraGlossary.has(glossaryKey(c)) || extraGlossary.has(glossaryKey(c).toLocaleLowerCase('de')));
}

/**
 * Abbreviations in a label that are neither in the default glossary nor in `options.glossary`.
 * @param {string} label raw or normalised label
 * @param {{ glossary?: Record<string, string> | string[] }} [options] extra glossary terms of the team
 * @returns {Abbreviation[]} unknown abbreviations in label order (each text once)
 */
function findAbbreviations(label, options = {}) {
  const extra = new Set(
    (Array.isArray(options.glossary) ? options.glossary : Object.keys(options.glossary || {})).flatMap((t) => [glossaryKey(t), glossaryKey(t).toLocaleLowerCase('de')])
  );
  const tokens = tokenize(normalizeLabel(label));
  const found = [];
  const seen = new Set();
  let inCitation = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // 1. legal citations: "§ 7 Abs. 1 WoGG" — the statute after the numbers is fine
    if (CITATION_START.test(token.text)) { inCitation = true; continue; }
    if (inCitation) {
      if (CITATION_PART.test(token.text)) continue;
      inCitation = false;
      if (/^\p{Lu}/u.test(token.text)) continue;
    }
    // 2. dotted forms spread over tokens ("z. B.") are looked up joined
    if (/^\p{L}{1,2}\.$/u.test(token.text) && tokens[i + 1] && /^\p{L}{1,2}\.$/u.test(tokens[i + 1].text)) {
      const joined = token.text + tokens[i + 1].text;
      if (!isKnown(joined, extra) && !seen.has(joined)) { found.push({ text: joined, kind: 'dotted' }); seen.add(joined); }
      i++;
      continue;
    }
    if (isKnown(token.text, extra)) continue;
    // 3. a sentence dot after a short last word is no abbreviation
    const isLast = i === tokens.length - 1;
    for (const part of token.text.split(/[-/_{}$]+/)) {
      const kind = classify(part);
      if (!kind || (kind === 'dotted' && isLast && !/\p{L}\.\p{L}/u.test(part))) continue;
      if (isKnown(part, extra) || englishTag(part.replace(/\.$/, '')) !== null && kind !== 'dotted') continue;
      if (!seen.has(part)) { found.push({ text: part, kind }); seen.add(part); }
    }
  }
  return found;
}

module.exports = { findAbbreviations };
