'use strict';

/**
 * Label normalisation: the first step of every label analysis (catalog section 6).
 * Pure string functions, no data.
 */

const SOFT_HYPHEN = /\u00AD/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
const TRAILING_PARENTHETICAL = /\s*\([^()]*\)\s*$/;

/**
 * Normalises a label for analysis: NFC, soft hyphens and invisible characters removed, a word
 * hyphenated across a line break joined again ("zusammen-\nstellen" → "zusammenstellen"), other
 * line breaks and runs of whitespace collapsed to one space, trimmed.
 * @param {string | null | undefined} label raw label as stored in the model
 * @returns {string} the normalised label ("" for a missing label)
 */
function normalizeLabel(label) {
  if (!label) return '';
  return String(label)
    .normalize('NFC')
    .replace(SOFT_HYPHEN, '')
    .replace(INVISIBLE, '')
    .replace(/([a-zäöüß])-(?:\r\n|\r|\n)\s*([a-zäöüß])/g, '$1$2')
    .replace(LINE_BREAK, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The part of a normalised label that names the thing: trailing remarks in parentheses
 * ("Benachrichtigung (nicht modelliert)") and trailing punctuation other than "?" removed.
 * @param {string} normalized a label returned by {@link normalizeLabel}
 * @returns {string} the core of the label
 */
function labelCore(normalized) {
  let core = normalized;
  while (TRAILING_PARENTHETICAL.test(core) && core.replace(TRAILING_PARENTHETICAL, '').trim()) {
    core = core.replace(TRAILING_PARENTHETICAL, '');
  }
  return core.replace(/[\s.!,;:…\-–—]+$/u, '').trim();
}

/**
 * Comparison key for labels (end events, gate labels, process names): normalised, lower case,
 * quotes and trailing punctuation removed.
 * @param {string | null | undefined} label raw label
 * @returns {string} key that equal labels share
 */
function labelKey(label) {
  if (typeof label !== 'string') return labelKeyOf(label);
  // pure and asked for the same labels by several rules and runs: kept per label
  let key = KEYS.get(label);
  if (key === undefined) {
    key = labelKeyOf(label);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(label, key);
  }
  return key;
}

const KEYS = new Map();
const MAX_KEYS = 20000;

function labelKeyOf(label) {
  return normalizeLabel(label)
    .toLocaleLowerCase('de')
    .replace(/["„“”'‚‘’«»]/g, '')
    .replace(/[\s.!?,;:]+$/u, '')
    .trim();
}

module.exports = { normalizeLabel, labelCore, labelKey };
