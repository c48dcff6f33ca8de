'use strict';

/**
 * Derives a better activity label ("Objekt + Infinitiv") from a label in noun style, imperative
 * or participle style. Only returns a suggestion when every part is backed by the lexicon.
 */
const { isInfinitive, isParticiple, SEPARABLE_PARTICLES } = require('./lexicon');
const { isFunctionWord, DETERMINERS } = require('./functionWords');

/** Infinitive behind a nominalisation: "Prüfung" → "prüfen", "Weiterleitung" → "weiterleiten". */
function verbOfNoun(lowerNoun) {
  if (isInfinitive(lowerNoun) && !/ung$/.test(lowerNoun)) return lowerNoun;
  const match = /^(.+?)(?:ierung|ung)$/.exec(lowerNoun);
  if (!match) return null;
  const stem = match[1];
  const candidates = /ierung$/.test(lowerNoun) ? [stem + 'ieren'] : [stem + 'en', stem + 'n', stem.replace(/l$/, 'eln'), stem.replace(/r$/, 'ern')];
  return candidates.find((c) => isInfinitive(c)) || null;
}

/** Splits "Antragsprüfung" into object "Antrag" and verb "prüfen" (longest known verb suffix). */
function splitCompound(lowerNoun, text) {
  for (let i = 3; i < lowerNoun.length - 4; i++) {
    const verb = verbOfNoun(lowerNoun.slice(i));
    if (!verb) continue;
    let head = text.slice(0, i);
    if (/[^s]s$/.test(head) || /es$/.test(head)) head = head.replace(/e?s$/, '');
    return { object: head, verb };
  }
  return null;
}

/** Genitive object after "des"/"eines": "Antrags" → "Antrag". */
function baseOfGenitive(word, article) {
  if (!/^(?:des|eines)$/.test(article)) return word;
  if (/[^e]es$/.test(word) && word.length > 5) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Suggestion for a noun-style label: "Prüfung des Antrags" / "Antragsprüfung" / "Prüfen Antrag"
 * → "Antrag prüfen".
 * @param {import('./tokenize').Token[]} words word tokens of the label
 * @returns {string | null} the suggested label
 */
function suggestFromNominal(words) {
  let verb = null;
  const objects = [];
  words.forEach((word, i) => {
    const previous = words[i - 1];
    if (isFunctionWord(word.lower)) return;
    if (!verb && word.capitalized) {
      const direct = verbOfNoun(word.lower);
      if (direct) { verb = direct; return; }
      const split = splitCompound(word.lower, word.text);
      if (split) { verb = split.verb; objects.push(split.object); return; }
    }
    objects.push(previous && DETERMINERS.has(previous.lower) ? baseOfGenitive(word.text, previous.lower) : word.text);
  });
  if (!verb || !objects.length) return null;
  return objects.join(' ') + ' ' + verb;
}

/**
 * Suggestion for an imperative label: "Prüfe Antrag" → "Antrag prüfen".
 * @param {import('./tokenize').Token[]} words word tokens of the label
 * @returns {string | null} the suggested label
 */
function suggestFromImperative(words) {
  const verb = words[0].lower + 'n';
  const rest = words.slice(1).map((w) => w.text);
  return rest.length ? rest.join(' ') + ' ' + verb : null;
}

/**
 * Infinitive of a regular Partizip II: "geprüft" → "prüfen", "abgelehnt" → "ablehnen",
 * "registriert" → "registrieren"; null for irregular forms the rule cannot derive.
 * @param {string} participle lower-case participle
 * @returns {string | null} the infinitive
 */
function infinitiveOfParticiple(participle) {
  if (!isParticiple(participle)) return null;
  const tries = [];
  if (/iert$/.test(participle)) tries.push(participle.replace(/t$/, 'en'));
  const particle = SEPARABLE_PARTICLES.find((p) => participle.startsWith(p + 'ge')) || '';
  const body = participle.slice(particle.length).replace(/^ge/, '');
  tries.push(particle + body.replace(/et$/, 'en'), particle + body.replace(/t$/, 'en'), particle + body.replace(/t$/, 'n'));
  if (!particle) tries.push(participle.replace(/t$/, 'en'), participle.replace(/et$/, 'en'));
  return tries.find((t) => t !== participle && isInfinitive(t) && regularParticiple(t) === participle) || null;
}

const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|hinter|wider)/;

/** Partizip II of a weak (regular) verb: "prüfen" → "geprüft", "ablehnen" → "abgelehnt". */
function regularParticiple(infinitive) {
  const particle = SEPARABLE_PARTICLES.find((p) => infinitive.startsWith(p) && isInfinitive(infinitive.slice(p.length))) || '';
  const body = infinitive.slice(particle.length);
  const stem = body.replace(/(?:e?n)$/, '');
  const ending = /(?:[dt]|[^aeiouäöülrh][mn])$/.test(stem) ? 'et' : 't';
  if (/ieren$/.test(body) || (!particle && INSEPARABLE.test(body))) return particle + stem + ending;
  return particle + 'ge' + stem + ending;
}

module.exports = { suggestFromNominal, suggestFromImperative, infinitiveOfParticiple, regularParticiple, verbOfNoun };
