'use strict';

/**
 * Form of a label (MK-NAME-11): line-break hacks, double spaces, soft hyphens, words split by a
 * manual hyphen ("zusammen-stellen"), technical placeholders ("${title}"), English words,
 * umlauts written as ae/oe/ue in verbs ("pruefen"), a capitalised final verb ("Dokument
 * Stornieren") and length limits. Spelling beyond that needs a dictionary and is not checked.
 */
const { normalizeLabel } = require('./normalizeLabel');
const { tokenize, wordTokens } = require('./tokenize');
const { isInfinitive, isParticiple } = require('./lexicon');
const { findEnglishWords } = require('./findEnglishWords');
const { analyzeActivityLabel } = require('./analyzeActivityLabel');

/** Issue codes of MK-NAME-11. */
const FORM_ISSUES = ['line-break', 'double-space', 'soft-hyphen', 'hyphenation', 'placeholder', 'emphasis', 'english', 'umlaut-substitute', 'capitalized-verb', 'too-many-words', 'too-long'];

const DEFAULT_LIMITS = { activity: { maxWords: 6, maxChars: 50 }, other: { maxWords: 8, maxChars: 60 } };

/** "pruefen" → ["prüfen"], "abschliessen" → ["abschließen"]: spellings with real umlauts/ß. */
function umlautVariants(lower) {
  const variants = new Set();
  const swaps = [['ae', 'ä'], ['oe', 'ö'], ['ue', 'ü'], ['ss', 'ß']];
  for (const [from, to] of swaps) {
    let at = lower.indexOf(from);
    while (at >= 0) {
      variants.add(lower.slice(0, at) + to + lower.slice(at + from.length));
      at = lower.indexOf(from, at + 1);
    }
  }
  return [...variants];
}

/** True for a known verb form. */
function isVerbForm(word) {
  return isInfinitive(word) || isParticiple(word);
}

/**
 * Form issues of a label.
 * @param {string} label raw label as stored in the model
 * @param {{ kind?: 'activity' | 'event' | 'gateway' | 'other', maxWords?: number, maxChars?: number,
 *   maxWordsOther?: number, maxCharsOther?: number, checkEnglish?: boolean, ignoreWords?: string[] }} [options]
 * @returns {import('./analyzeActivityLabel').LabelIssue[]} issues, empty when the form is fine
 */
function checkLabelForm(label, options = {}) {
  const issues = [];
  if (!label || !String(label).trim()) return issues;
  const raw = String(label);
  const kind = options.kind || 'other';
  if (/[\r\n\u2028\u2029]/.test(raw)) issues.push({ code: 'line-break' });
  if (/\S[ \t\u00A0]{2,}\S/.test(raw)) issues.push({ code: 'double-space' });
  if (/\u00AD/.test(raw)) issues.push({ code: 'soft-hyphen' });
  if (/\$\{|\{\{|#\{|%\w+%/.test(raw)) issues.push({ code: 'placeholder' });
  const normalized = normalizeLabel(raw);
  const words = wordTokens(tokenize(normalized));
  // emphasis by capitals or repeated punctuation ("POSTSTELLE!!!") is formatting, not content
  if (/[!?]{2,}/.test(raw) || words.some((w) => w.upper && w.text.replace(/[^\p{L}]/gu, '').length >= 7)) issues.push({ code: 'emphasis' });

  // 1. manual hyphenation inside a word: "zusammen-stellen", "Antrags-prüfung" → "zusammenstellen"
  for (const word of words) {
    const match = /^(\p{L}+)-(\p{Ll}+)$/u.exec(word.text);
    if (match && match[2].length > 2 && isVerbForm((match[1] + match[2]).toLocaleLowerCase('de'))) {
      issues.push({ code: 'hyphenation', detail: word.text });
    }
  }
  // 2. language mixing
  if (options.checkEnglish !== false) {
    const english = findEnglishWords(normalized, { ignore: options.ignoreWords });
    if (english.length) issues.push({ code: 'english', detail: english.join(', ') });
  }
  // 3. umlauts written as ae/oe/ue/ss in verb forms
  for (const word of words) {
    if (word.capitalized || isVerbForm(word.lower)) continue;
    const variant = umlautVariants(word.lower).find(isVerbForm);
    if (variant) issues.push({ code: 'umlaut-substitute', detail: word.text + ' → ' + variant });
  }
  // 4. activities: a capitalised final verb
  if (kind === 'activity' && analyzeActivityLabel(raw).capitalizedVerb) {
    issues.push({ code: 'capitalized-verb', detail: words[words.length - 1].text });
  }
  // 5. length limits
  const limits = kind === 'activity'
    ? { maxWords: options.maxWords || DEFAULT_LIMITS.activity.maxWords, maxChars: options.maxChars || DEFAULT_LIMITS.activity.maxChars }
    : { maxWords: options.maxWordsOther || DEFAULT_LIMITS.other.maxWords, maxChars: options.maxCharsOther || DEFAULT_LIMITS.other.maxChars };
  if (words.length > limits.maxWords) issues.push({ code: 'too-many-words', detail: `${words.length}/${limits.maxWords}` });
  if (normalized.length > limits.maxChars) issues.push({ code: 'too-long', detail: `${normalized.length}/${limits.maxChars}` });
  return issues;
}

module.exports = { checkLabelForm, FORM_ISSUES, DEFAULT_LIMITS };
