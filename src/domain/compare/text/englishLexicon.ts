import wordnetData from '../data/wordnet-en.json';

/**
 * English word knowledge from Princeton WordNet 3.1 (WordNet licence, see
 * `data/WORDNET-LICENSE.md`; converted by `data/build/buildWordnet.mjs`): synonym sets of the
 * frequent senses of nouns and verbs, derivational links ("evaluate" / "evaluation", "admit" /
 * "admission") and verb + particle collocations ("fill out"). The matcher compares Porter stems,
 * so the data is keyed by the Porter stems of the lemmas (a collocation keeps its `_` form).
 * Built on first use (language detection consults it for every label, so every matching run
 * pays for it once per process or worker: about 30 ms).
 */
export interface EnglishLexicon {
  /** Synset ids of the lemmas with this stem (empty when unknown). */
  synsets(stem: string): readonly number[];
  /** Stems linked to this stem by a derivation (nominalisation, adjective ↔ noun). */
  derived(stem: string): readonly string[];
  /** Is `a_b` a verb + particle collocation ("fill_out", "hand_over")? */
  isParticleVerb(verb: string, particle: string): boolean;
  /** Number of synsets (for diagnostics). */
  readonly synsetCount: number;
}

const EMPTY: readonly never[] = [];
let instance: EnglishLexicon | undefined;

/** The shared English lexicon (built on first use). */
export function englishLexicon(): EnglishLexicon {
  instance ??= buildEnglishLexicon();
  return instance;
}

function buildEnglishLexicon(): EnglishLexicon {
  // the data holds Porter stems already (see the build script): no stemming at start-up
  const data = wordnetData as { particleVerbs: string; synsets: string; derivations: string };
  const particleVerbs = new Set(data.particleVerbs.split('|'));
  // 1. synsets by stem
  const synsets = new Map<string, number[]>();
  const lines = data.synsets.split('\n');
  lines.forEach((line, id) => {
    for (const stem of line.split('|')) {
      const list = synsets.get(stem);
      if (!list) synsets.set(stem, [id]);
      else list.push(id);
    }
  });
  // 2. derivations by stem, both directions
  const derived = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = derived.get(a);
    if (!list) derived.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (const line of data.derivations.split('\n')) {
    const [a, b] = line.split('|');
    link(a, b);
    link(b, a);
  }
  return {
    synsets: (stem) => synsets.get(stem) ?? EMPTY,
    derived: (stem) => derived.get(stem) ?? EMPTY,
    isParticleVerb: (verb, particle) => particleVerbs.has(`${verb}_${particle}`),
    synsetCount: lines.length
  };
}
