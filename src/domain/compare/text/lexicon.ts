import thesaurusData from '../data/openthesaurus-de.json';
import { GERMAN_ADMIN_SYNONYMS } from '../data/germanAdminSynonyms';
import { GERMAN_ADMIN_WORDS } from '../data/germanAdminWords';
import { englishLexicon } from './englishLexicon';
import { foldForStem, germanStem } from './germanStem';

/**
 * The word knowledge the matcher ships: German synonyms (OpenThesaurus, LGPL, converted by
 * `data/build/buildThesaurus.mjs`) plus a few administrative synonym groups, the German vocabulary for
 * compound splitting, and English synonyms and derivations from WordNet (`englishLexicon.ts`, built
 * only when an English label is analysed). Built lazily once per process or worker; read-only afterwards.
 */
export interface Lexicon {
  /** Synset ids of a German stem (empty when unknown). */
  germanSynsets(stem: string): readonly number[];
  /** Synset ids of an English (Porter) stem (empty when unknown). */
  englishSynsets(stem: string): readonly number[];
  /** English stems derivationally linked to this stem ("admiss" ↔ "admit"). */
  englishDerived(stem: string): readonly string[];
  /** Is "verb particle" an English phrasal verb ("fill out", "hand over")? Folded words. */
  isEnglishParticleVerb(verb: string, particle: string): boolean;
  /** Is this folded German word (see `foldForStem`) a known word? */
  isGermanWord(folded: string): boolean;
  /** Is this a stem of a known German word? */
  isGermanStem(stem: string): boolean;
  /** Is this the stem of a known German verb (the thesaurus' lower-case infinitives)? */
  isGermanVerbStem(stem: string): boolean;
  /** Is this folded word one of the everyday administrative words (`germanAdminWords.ts`)? */
  isAdminWord(folded: string): boolean;
  /** Number of German synsets (for diagnostics). */
  readonly germanSynsetCount: number;
}

const EMPTY: readonly number[] = [];
let instance: Lexicon | undefined;

/** The shared lexicon (built on first use, about 50 ms). */
export function defaultLexicon(): Lexicon {
  instance ??= buildLexicon();
  return instance;
}

function buildLexicon(): Lexicon {
  // 1. German synsets: stem → synset ids; vocabulary of folded words, stems and verb stems
  const german = new Map<string, number[]>();
  const words = new Set<string>();
  const stems = new Set<string>();
  const verbStems = new Set<string>();
  const lines = [
    ...(thesaurusData as { synsets: string }).synsets.split('\n'),
    ...GERMAN_ADMIN_SYNONYMS.map((group) => group.filter((w) => !w.includes(' ')).join('|'))
  ];
  lines.forEach((line, id) => {
    for (const word of line.split('|')) {
      const stem = germanStem(word);
      if (stem.length < 3) continue;
      words.add(foldForStem(word));
      stems.add(stem);
      if (/^[a-zäöüß]/.test(word)) verbStems.add(stem);
      const list = german.get(stem);
      if (!list) german.set(stem, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  // 2. administrative words the splitter must know
  const adminWords = new Set<string>();
  for (const word of GERMAN_ADMIN_WORDS) {
    words.add(foldForStem(word));
    adminWords.add(foldForStem(word));
    const stem = germanStem(word);
    stems.add(stem);
    if (/^[a-zäöüß]/.test(word)) verbStems.add(stem);
  }
  return {
    germanSynsets: (stem) => german.get(stem) ?? EMPTY,
    englishSynsets: (stem) => englishLexicon().synsets(stem),
    englishDerived: (stem) => englishLexicon().derived(stem),
    isEnglishParticleVerb: (verb, particle) => englishLexicon().isParticleVerb(verb, particle),
    isGermanWord: (folded) => words.has(folded),
    isGermanStem: (stem) => stems.has(stem),
    isGermanVerbStem: (stem) => verbStems.has(stem),
    isAdminWord: (folded) => adminWords.has(folded),
    germanSynsetCount: lines.length
  };
}
