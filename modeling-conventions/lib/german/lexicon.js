'use strict';

/**
 * Word-form lookups over the shipped lexicons: the verb/participle lexicon (`verbs-de.json`,
 * CC-BY-SA-4.0) and the project word lists (`label-wordlists.json`). The data is loaded by
 * static `require` so that bundlers inline it; sets are built on first use.
 */
const verbData = require('../../lexicons/verbs-de.json');
const { memoize } = require('./memoize');
const wordLists = require('../../lexicons/label-wordlists.json');

/**
 * Separable verb particles, longest first, so that "herunterladen" is split as
 * "herunter" + "laden" before "her" is tried.
 */
const SEPARABLE_PARTICLES = [
  'auseinander', 'gegenüber', 'zusammen', 'dazwischen', 'entgegen', 'herunter', 'hinunter',
  'zwischen', 'zurück', 'weiter', 'wieder', 'voraus', 'vorbei', 'vorweg', 'heraus', 'herein',
  'herauf', 'hinaus', 'hinein', 'hinauf', 'nieder', 'bereit', 'voran', 'hinzu', 'gegen',
  'statt', 'empor', 'fest', 'fort', 'frei', 'heim', 'hoch', 'nach', 'teil', 'ab', 'an', 'auf',
  'aus', 'bei', 'dar', 'durch', 'ein', 'her', 'hin', 'los', 'mit', 'um', 'vor', 'weg', 'zu',
  'über', 'unter'
];

/** Modal and auxiliary verbs: they carry no activity of their own ("prüfen lassen"). */
const MODAL_VERBS = new Set(['lassen', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'werden', 'sein', 'haben']);

/** Time stems that must not match at the end of a compound. */
const SUFFIX_UNSAFE = new Set(['uhr', 'ende', 'abend', 'da']);

let cache = null;

function sets() {
  if (cache) return cache;
  const infinitives = new Set(verbData.infinitives.split(' '));
  const participles = new Set(verbData.participles.split(' '));
  for (const { infinitive, participles: forms } of wordLists.verbSupplement) {
    infinitives.add(infinitive);
    for (const form of forms) participles.add(form);
  }
  cache = {
    infinitives,
    participles,
    genericVerbs: new Set(wordLists.genericVerbs),
    stateAdjectives: new Set(wordLists.stateAdjectives),
    timeWords: wordLists.timeWords,
    timeSuffix: new RegExp('(?:' + wordLists.timeWords.filter((stem) => !SUFFIX_UNSAFE.has(stem)).join('|') + ')(?:e|en|es|s|n)?$'),
    englishWords: new Map(Object.entries(wordLists.englishWords)),
    glossary: new Map(Object.entries(wordLists.glossary).map(([term, long]) => [glossaryKey(term), { term, long }])),
    personTitles: new Set(wordLists.personTitles.map((t) => t.toLocaleLowerCase('de'))),
    personFirstNames: new Set(wordLists.personFirstNames)
  };
  return cache;
}

/** Glossary lookup key: spaces removed, so "z. B." and "z.B." are the same term. */
function glossaryKey(term) {
  return term.replace(/\s+/g, '');
}

/** Splits a separable particle off a word when the rest is long enough to be a verb form. */
function splitParticle(word) {
  const out = [];
  for (const particle of SEPARABLE_PARTICLES) {
    if (word.startsWith(particle) && word.length - particle.length >= 4) out.push([particle, word.slice(particle.length)]);
  }
  return out;
}

/**
 * How a lowercase word is known as an infinitive: from the lexicon, by splitting off separable
 * particles ("einscannen" = ein + scannen), or by morphology (-ieren verbs); null if not at all.
 * @param {string} word a word (case is ignored)
 * @returns {'lexicon' | 'particle' | 'morphology' | null} where the verdict comes from
 */
const infinitiveSource = memoize(infinitiveSourceOf, (word) => String(word));

function infinitiveSourceOf(word) {
  const w = String(word).toLocaleLowerCase('de');
  const { infinitives } = sets();
  if (infinitives.has(w)) return 'lexicon';
  if (w.includes('-') && infinitives.has(w.replace(/-/g, ''))) return 'lexicon';
  for (const [, rest] of splitParticle(w)) {
    if (infinitives.has(rest) || splitParticle(rest).some(([, r]) => infinitives.has(r))) return 'particle';
  }
  if (/^[a-zäöüß]{3,}ieren$/.test(w)) return 'morphology';
  return null;
}

/**
 * True if the word is a German infinitive ("prüfen", "weiterleiten", "zurücksenden").
 * @param {string} word a single word
 * @returns {boolean} whether the lexicon, particle splitting or -ieren morphology knows it
 */
function isInfinitive(word) {
  return infinitiveSource(word) !== null;
}

/**
 * True if the word is a Partizip II ("geprüft", "eingegangen", "entschieden", "registriert").
 * @param {string} word a single word
 * @returns {boolean} whether the lexicon, particle splitting or -iert morphology knows it
 */
const isParticiple = memoize(isParticipleOf, (word) => String(word));

function isParticipleOf(word) {
  const w = String(word).toLocaleLowerCase('de');
  const { participles } = sets();
  if (participles.has(w)) return true;
  for (const [, rest] of splitParticle(w)) {
    if (participles.has(rest) && rest.startsWith('ge')) return true;
  }
  // morphology for verbs the lexicon lacks: -iert, weak participles with ge-/inseparable prefix
  // ("vereinbart", "gescannt") and separable particle + ge- ("abgestimmt")
  if (/^[a-zäöüß]{3,}iert$/.test(w)) return true;
  if (w.length >= 7 && /^(?:be|emp|ent|er|ge|miss|ver|zer)[a-zäöüß]{3,}t$/.test(w) && !sets().infinitives.has(w)) return true;
  return splitParticle(w).some(([, rest]) => /^ge[a-zäöüß]{3,}t$/.test(rest));
}

/**
 * A zu-infinitive written as one word ("weiterzuleiten", "abzulehnen"); returns the plain
 * infinitive ("weiterleiten") or null.
 * @param {string} word a single word
 * @returns {string | null} the infinitive without "zu"
 */
function zuInfinitiveBase(word) {
  const w = String(word).toLocaleLowerCase('de');
  if (sets().infinitives.has(w)) return null;
  for (const particle of SEPARABLE_PARTICLES) {
    if (w.startsWith(particle + 'zu')) {
      const base = particle + w.slice(particle.length + 2);
      if (base.length > particle.length + 3 && sets().infinitives.has(base)) return base;
    }
  }
  return null;
}

/**
 * The base verb of an infinitive for list lookups: "weiterbearbeiten" → "bearbeiten" when only
 * the base is listed.
 * @param {string} infinitive a lowercase infinitive
 * @param {Set<string>} list the lemma list to look in
 * @returns {string | null} the listed lemma or null
 */
function listedLemma(infinitive, list) {
  const w = infinitive.toLocaleLowerCase('de');
  if (list.has(w)) return w;
  for (const [, rest] of splitParticle(w)) if (list.has(rest)) return rest;
  return null;
}

/**
 * True for modal or auxiliary verbs ("lassen", "können") that do not name an activity.
 * @param {string} word a single word
 * @returns {boolean} whether the word is a modal/auxiliary infinitive
 */
function isModalVerb(word) {
  return MODAL_VERBS.has(String(word).toLocaleLowerCase('de'));
}

/**
 * True for adjectives/adverbs that name a reached state ("vollständig", "fällig").
 * @param {string} word a single word
 * @returns {boolean} whether the state list contains it
 */
function isStateWord(word) {
  return sets().stateAdjectives.has(String(word).toLocaleLowerCase('de'));
}

/**
 * True if the token names a time or deadline ("Frist", "monatlich", "3 Tage", "1. Werktag").
 * @param {string} word a single token
 * @returns {boolean} whether it has a digit or starts with a time word
 */
function isTimeWord(word) {
  const w = String(word).toLocaleLowerCase('de');
  if (/\d/.test(w)) return true;
  // compounds end in the time word ("Arbeitstage", "Bearbeitungsfrist"); "uhr"/"ende" would
  // also match "Ausfuhr"/"Spende", so those only count at the start
  const { timeWords, timeSuffix } = sets();
  // long stems also count inside a word: "rechtzeitig", "fristgerecht", "Fristablauf"
  return timeWords.some((stem) => w.startsWith(stem) || (stem.length >= 4 && w.includes(stem))) || timeSuffix.test(w);
}

/**
 * The English-list tag of a word: "verb", "participle", "" (other English word) or null.
 * @param {string} word a single word
 * @returns {string | null} tag, or null if the word is not in the English list
 */
function englishTag(word) {
  const tag = sets().englishWords.get(String(word).toLocaleLowerCase('en'));
  return tag === undefined ? null : tag;
}

/**
 * Looks a term up in the default glossary (spacing of dotted forms ignored).
 * @param {string} term an abbreviation as written
 * @returns {{term: string, long: string} | null} the glossary entry
 */
function glossaryEntry(term) {
  return sets().glossary.get(glossaryKey(term)) || null;
}

/** @returns {Set<string>} the generic-verb lemmas of `generic-verbs.txt` */
function genericVerbs() {
  return sets().genericVerbs;
}

/** @returns {Set<string>} lower-case personal titles ("herr", "dr.") */
function personTitles() {
  return sets().personTitles;
}

/** @returns {Set<string>} common first names ("Anna", "Thomas") */
function personFirstNames() {
  return sets().personFirstNames;
}

module.exports = {
  SEPARABLE_PARTICLES,
  infinitiveSource,
  isInfinitive,
  isParticiple,
  zuInfinitiveBase,
  listedLemma,
  isModalVerb,
  isStateWord,
  isTimeWord,
  englishTag,
  glossaryEntry,
  glossaryKey,
  genericVerbs,
  personTitles,
  personFirstNames
};
