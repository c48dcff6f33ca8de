#!/usr/bin/env node
/**
 * Converts Debian's `openthesaurus-de-text` (OpenThesaurus, LGPL-2.1) into the compact synonym
 * data the matcher ships: `src/domain/compare/data/openthesaurus-de.json`.
 *
 * Usage: `node src/domain/compare/data/build/buildThesaurus.mjs [path/to/openthesaurus.txt]`
 * (default `/usr/share/openthesaurus-de/openthesaurus.txt`; `apt-get install openthesaurus-de-text`).
 *
 * Filter policy (what helps matching process-step labels, nothing else):
 * 1. drop colloquial, regional, figurative, archaic and subject-specific senses (they never
 *    describe an administrative step and only add false synonyms);
 * 2. keep single words only (labels are matched word by word), letters only, length >= 3;
 * 3. keep verbs (lower-case, ending in -en/-ern/-eln: the actions) and nouns up to 12 letters
 *    (the business objects; longer nouns are compounds that the compound splitter takes apart);
 * 4. keep synsets with 2 to 16 words: larger ones are vague and equate unrelated steps.
 * The output keeps the original spelling (case matters for the stemmer); one synset a line,
 * words separated by `|`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] ?? '/usr/share/openthesaurus-de/openthesaurus.txt';
const output = resolve(here, '../openthesaurus-de.json');

const MAX_SYNSET = 16;
const MAX_NOUN_LENGTH = 12;
const MAX_VERB_LENGTH = 16;
const DROPPED_MARKERS = new RegExp(
  '\\((' +
    [
      'ugs', 'vulg', 'derb', 'scherzh', 'veraltet', 'abwertend', 'fig', 'Jargon', 'salopp', 'Slang', 'regional',
      'österr', 'schweiz', 'süddt', 'norddt', 'mitteldt', 'westdt', 'ostdt', 'berlinerisch', 'bayr', 'rheinisch',
      'schwäbisch', 'sächsisch', 'altertümlich', 'historisch', 'Kindersprache', 'Jugendsprache', 'literarisch',
      'poetisch', 'ironisch', 'Szene', 'lat', 'engl', 'franz', 'ital', 'griech', 'span', 'Medizin', 'Anatomie',
      'Biologie', 'Botanik', 'Zoologie', 'Chemie', 'Physik', 'Musik', 'Sport', 'Militär', 'Seemannssprache',
      'Gaunersprache', 'religiös', 'Religion', 'Bibel', 'Jägersprache', 'Soldatensprache'
    ].join('|') +
    ')[^)]*\\)',
  'i'
);

function keepWord(raw) {
  if (DROPPED_MARKERS.test(raw)) return undefined;
  const word = raw.replace(/\([^)]*\)/g, '').trim();
  if (word.length < 3 || /[^A-Za-zÄÖÜäöüß]/.test(word)) return undefined;
  const isNoun = /^[A-ZÄÖÜ]/.test(word) && word.length <= MAX_NOUN_LENGTH;
  const isVerb = /^[a-zäöüß]+(en|ern|eln)$/.test(word) && word.length <= MAX_VERB_LENGTH;
  return isNoun || isVerb ? word : undefined;
}

const text = readFileSync(input, 'utf8');
const header = text.split('\n').filter((l) => l.startsWith('#')).slice(0, 3).join(' ').replace(/#\s*/g, '').trim();
const synsets = [];
const seen = new Set();
for (const line of text.split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const words = [...new Set(line.split(';').map(keepWord).filter(Boolean))];
  if (words.length < 2 || words.length > MAX_SYNSET) continue;
  const key = [...words].sort().join('|');
  if (seen.has(key)) continue;
  seen.add(key);
  synsets.push(words.join('|'));
}

const data = {
  source: 'OpenThesaurus (www.openthesaurus.de), Debian package openthesaurus-de-text',
  sourceVersion: header,
  license: 'LGPL-2.1-or-later; see src/domain/compare/data/OPENTHESAURUS-LICENSE.md',
  filter: `single words; verbs and nouns <= ${MAX_NOUN_LENGTH} letters; synsets of 2..${MAX_SYNSET}; no colloquial/regional/figurative senses`,
  synsets: synsets.join('\n')
};
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(data) + '\n');
console.log(`${synsets.length} synsets, ${(JSON.stringify(data).length / 1024).toFixed(0)} KB -> ${output}`);
