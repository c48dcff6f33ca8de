'use strict';

/**
 * Keyword matching for German labels against the pattern lists in `lexicons/*.json`.
 *
 * Pattern syntax (case-insensitive, on words split at spaces and punctuation):
 *   `wort` whole word · `wort*` word start · `*wort` word end · `*wort*` part of a word
 *   (German compounds: "*papier*" finds "Papierakte") · `a+b` all parts present ·
 *   `a b` consecutive words ("vor ort").
 * Compiled patterns are cached per list, so a rule compiles its lexicon once.
 */

// words of recently seen labels: rules ask several lexicons about the same label; a pure
// function of the string, so sharing it between runs cannot leak model state
const WORD_CACHE = new Map();
const WORD_CACHE_SIZE = 5000;

/** Lower-cased words of a text (NFC, punctuation removed, inner hyphens kept: "e-mail"). */
function words(text) {
  const key = String(text || '');
  const cached = WORD_CACHE.get(key);
  if (cached) return cached;
  const result = splitWords(key);
  if (WORD_CACHE.size >= WORD_CACHE_SIZE) WORD_CACHE.clear();
  WORD_CACHE.set(key, result);
  return result;
}

function splitWords(text) {
  return String(text || '')
    .normalize('NFC')
    .toLocaleLowerCase('de')
    .split(/[\s,.;!?()[\]{}"„“”'»«‚‘’/\\|<>=&]+/)
    .map((w) => w.replace(/^[-:]+|[-:]+$/g, ''))
    .filter(Boolean);
}

function compileTerm(term) {
  const t = term.toLocaleLowerCase('de');
  const starts = t.startsWith('*');
  const ends = t.endsWith('*') && t.length > 1;
  const core = t.replace(/^\*/, '').replace(/\*$/, '');
  if (starts && ends) return (w) => w.includes(core);
  if (starts) return (w) => w.endsWith(core);
  if (ends) return (w) => w.startsWith(core);
  return (w) => w === core;
}

function compilePattern(pattern) {
  const parts = String(pattern).split('+').map((p) => p.trim()).filter(Boolean);
  const checks = parts.map((part) => {
    const seq = part.split(/\s+/).map(compileTerm);
    if (seq.length === 1) return (ws) => ws.some(seq[0]);
    return (ws) => {
      for (let i = 0; i + seq.length <= ws.length; i++) {
        if (seq.every((m, k) => m(ws[i + k]))) return true;
      }
      return false;
    };
  });
  return (ws) => checks.length > 0 && checks.every((c) => c(ws));
}

const cache = new WeakMap();

function compiled(list) {
  const key = Array.isArray(list) ? list : [];
  if (!cache.has(key)) cache.set(key, key.map((p) => ({ pattern: p, test: compilePattern(p) })));
  return cache.get(key);
}

// answers per list and text: rules ask the same lexicons about the same labels in every run
// (a pure function of the text and the list, which is never changed once used)
const ANSWERS = new WeakMap();
const ANSWERS_SIZE = 5000;
const NONE = {};

/** The first pattern of `list` that matches `text`, or undefined. */
function matchKeyword(text, list) {
  const key = String(text || '');
  const listKey = Array.isArray(list) ? list : EMPTY;
  let answers = ANSWERS.get(listKey);
  if (!answers) {
    answers = new Map();
    ANSWERS.set(listKey, answers);
  }
  const known = answers.get(key);
  if (known !== undefined) return known === NONE ? undefined : known;
  const answer = firstMatch(key, listKey);
  if (answers.size >= ANSWERS_SIZE) answers.clear();
  answers.set(key, answer === undefined ? NONE : answer);
  return answer;
}

const EMPTY = [];

function firstMatch(text, list) {
  const ws = words(text);
  if (!ws.length) return undefined;
  const hit = compiled(list).find((p) => p.test(ws));
  return hit ? hit.pattern : undefined;
}

/** True if any pattern of `list` matches `text`. */
function hasKeyword(text, list) {
  return matchKeyword(text, list) !== undefined;
}

module.exports = { words, matchKeyword, hasKeyword };
