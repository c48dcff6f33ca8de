import { isActivity, type GraphNode, type ProcessGraph } from '../../model/processGraph';
import type { Modellart } from '../../model/gpmAttributes';
import { analyzeLabel, type LabelAnalysis } from '../text/analyzeLabel';
import { labelLanguageFromEvidence, languageEvidence, modelLanguageFromEvidence, type Language } from '../text/detectLanguage';
import { foldForStem, germanStem } from '../text/germanStem';
import type { IdRelation, PreparedLabel } from '../text/labelSimilarity';
import { prepareLabel, preparedSimilarity } from '../text/labelSimilarity';
import type { Lexicon } from '../text/lexicon';
import { normalizeLabel, tokenize } from '../text/normalizeText';
import { roleWords } from '../text/roleNames';
import { messageEventAnalysis } from '../text/messageEventLabel';
import { termRelation } from '../text/termRelation';
import { flowOrder } from './flowOrder';
import { isMatchable, messageDirection, type MessageDirection } from './matchable';
import type { MatchParams } from './matchParams';
import type { CompareVariant, VariantSummary } from './matchTypes';

/**
 * Everything the signals need about each activity of each variant, computed once per matching
 * run: label analysis with corpus-weighted terms, role, relative position and neighbours.
 */
export interface ActivityProfile {
  /** Index in `ProfileSet.profiles`. */
  index: number;
  variantIndex: number;
  variantId: string;
  elementId: string;
  label: string;
  normalizedLabel: string;
  analysis: LabelAnalysis;
  prepared: PreparedLabel;
  role?: string;
  /** Normalised role for comparison. */
  roleKey?: string;
  /** Words of the normalised role longer than two letters. */
  roleWords: string[];
  position: number;
  predecessors: number[];
  successors: number[];
  node: GraphNode;
  /** Set for a message event standing for a step (see `matchable.ts`): what it implies the district does. */
  event?: MessageDirection;
  /**
   * A message event that restates an activity of its own variant („Antrag abgegeben“ before the
   * task „Antrag annehmen“): the district does that step as the task, so the event takes no part.
   */
  shadowed?: boolean;
}

/** The profiles of all activities of all variants, plus the interned term relation. */
export interface ProfileSet {
  profiles: ActivityProfile[];
  /** Profile indexes per variant, in flow order. */
  byVariant: number[][];
  variants: VariantSummary[];
  /** Relation between interned term ids (cached). */
  relate: IdRelation;
  /** Interned term keys (`language:stem`). */
  termKeys: string[];
}

/** The role of an activity: gpm:rolle, else its lane, else its pool (participant). */
export function roleOf(node: GraphNode, graph: ProcessGraph): string | undefined {
  const explicit = node.attributes?.rolle?.trim();
  if (explicit) return explicit;
  const lane = node.laneId ? graph.lanes.find((l) => l.id === node.laneId) : undefined;
  if (lane?.name) return lane.name;
  const process = graph.processes.find((p) => p.id === node.processId);
  const participant = process?.participantId ? graph.participants.find((p) => p.id === process.participantId) : undefined;
  return participant?.name || undefined;
}

/** The IST/SOLL kind of a variant (explicit, else the model's attribute, else IST). */
export function modellartOf(variant: CompareVariant): Modellart {
  return variant.modellart ?? variant.graph.attributes?.modellart ?? 'IST';
}

/** Build the profiles of every activity (and message event, see `matchable.ts`) of every variant. */
export function buildProfiles(variants: readonly CompareVariant[], lexicon: Lexicon, params: MatchParams): ProfileSet {
  // 1. corpus words: every word written in any label helps split compounds of other labels
  const corpus = new Set<string>();
  for (const v of variants) {
    for (const n of v.graph.nodes) {
      if (!isMatchable(n)) continue;
      for (const t of tokenize(n.name)) if (t.text.length >= 4) corpus.add(foldForStem(t.text));
    }
  }
  //    and the role names of all variants (agents named in labels: "durch die Teamleitung")
  const agents = new Set<string>();
  for (const v of variants) {
    for (const n of v.graph.nodes) {
      if (!isActivity(n)) continue;
      const role = roleOf(n, v.graph);
      if (role) for (const t of tokenize(role)) if (t.capitalised && t.text.length >= 3) agents.add(germanStem(t.text));
    }
  }
  // 2. per variant: language, flow order, analysed activities (equal labels analysed once)
  const analyses = new Map<string, LabelAnalysis>();
  const evidence = new Map<string, number>();
  const evidenceOf = (label: string) => {
    let e = evidence.get(label);
    if (e === undefined) evidence.set(label, (e = languageEvidence(label, lexicon)));
    return e;
  };
  const profiles: ActivityProfile[] = [];
  const byVariant: number[][] = [];
  const summaries: VariantSummary[] = [];
  const drafts: Array<{ analysis: LabelAnalysis; v: number; node: GraphNode; role?: string; position: number; preds: string[]; succs: string[]; event?: MessageDirection }> = [];
  variants.forEach((variant, v) => {
    const graph = variant.graph;
    const activities = graph.nodes.filter(isActivity);
    let total = 0;
    for (const a of activities) if (a.name) total += evidenceOf(a.name);
    const language: Language = modelLanguageFromEvidence(total);
    const flow = flowOrder(graph, isMatchable);
    const nodeById = new Map(graph.nodes.filter(isMatchable).map((a) => [a.id, a]));
    const indexes: number[] = [];
    for (const id of flow.order) {
      const node = nodeById.get(id)!;
      const lang = labelLanguageFromEvidence(evidenceOf(node.name), language);
      const cacheKey = `${lang}\u0001${node.name}`;
      let analysis = analyses.get(cacheKey);
      if (!analysis) analyses.set(cacheKey, (analysis = analyzeLabel(node.name, lang, lexicon, corpus, agents)));
      const event = messageDirection(node);
      if (event) analysis = messageEventAnalysis(analysis, event, lexicon);
      indexes.push(drafts.length);
      drafts.push({ analysis, v, node, role: roleOf(node, graph), position: flow.position.get(id) ?? 0.5, preds: flow.predecessors.get(id) ?? [], succs: flow.successors.get(id) ?? [], ...(event ? { event } : {}) });
    }
    byVariant.push(indexes);
    summaries.push({
      id: variant.id,
      name: variant.name,
      modellart: modellartOf(variant),
      language,
      activityCount: activities.length,
      activityOrder: flow.order
    });
  });
  // 3. term weights: inverse document frequency over all activities (common words count less)
  const termIds = new Map<string, number>();
  const termKeys: string[] = [];
  const df: number[] = [];
  const idsOf = (a: LabelAnalysis) =>
    a.terms.map((t) => {
      const key = `${a.language}:${t.stem}`;
      let id = termIds.get(key);
      if (id === undefined) {
        id = termKeys.length;
        termIds.set(key, id);
        termKeys.push(key);
        df.push(0);
      }
      return id;
    });
  const draftIds = drafts.map((d) => idsOf(d.analysis));
  for (const ids of draftIds) for (const id of new Set(ids)) df[id]++;
  const n = Math.max(1, drafts.length);
  const weightOf = (id: number) => Math.pow(Math.log(1 + n / df[id]), params.idfExponent);
  // 4. profiles with neighbours resolved to indexes
  const indexOf = new Map<string, number>();
  drafts.forEach((d, i) => indexOf.set(`${d.v}::${d.node.id}`, i));
  drafts.forEach((d, i) => {
    const role = d.role;
    profiles.push({
      index: i,
      variantIndex: d.v,
      variantId: variants[d.v].id,
      elementId: d.node.id,
      label: d.node.name,
      normalizedLabel: normalizeLabel(d.node.name),
      analysis: d.analysis,
      prepared: prepareLabel(d.analysis, draftIds[i], draftIds[i].map(weightOf), params.label),
      role,
      roleKey: role ? roleWords(role).join(' ') : undefined,
      roleWords: role ? roleWords(role) : [],
      position: d.position,
      predecessors: d.preds.map((id) => indexOf.get(`${d.v}::${id}`)!).filter((x) => x !== undefined),
      successors: d.succs.map((id) => indexOf.get(`${d.v}::${id}`)!).filter((x) => x !== undefined),
      node: d.node,
      ...(d.event ? { event: d.event } : {})
    });
  });
  // 5. cached relation between interned terms (a dense table while it stays small, else a map)
  const stride = termKeys.length;
  const compute = (a: number, b: number) => {
    const [la, sa] = splitKey(termKeys[a]);
    const [lb, sb] = splitKey(termKeys[b]);
    return termRelation(sa, sb, la, lb, lexicon);
  };
  let relate: IdRelation;
  if (stride <= 2000) {
    const table = new Float32Array(stride * stride).fill(-1);
    relate = (a, b) => {
      if (a === b) return 1;
      const key = a < b ? a * stride + b : b * stride + a;
      let r = table[key];
      if (r < 0) table[key] = r = compute(a, b);
      return r;
    };
  } else {
    const cache = new Map<number, number>();
    relate = (a, b) => {
      if (a === b) return 1;
      const key = a < b ? a * stride + b : b * stride + a;
      let r = cache.get(key);
      if (r === undefined) cache.set(key, (r = compute(a, b)));
      return r;
    };
  }
  // 6. message events that restate an activity of their own variant stay out of matching
  for (const list of byVariant) {
    for (const e of list) {
      if (!profiles[e].event) continue;
      const shadowed = list.some((a) => !profiles[a].event && preparedSimilarity(profiles[e].prepared, profiles[a].prepared, relate, params.label) >= params.threshold);
      if (shadowed) profiles[e].shadowed = true;
    }
  }
  return { profiles, byVariant, variants: summaries, relate, termKeys };
}

function splitKey(key: string): [Language, string] {
  return [key.slice(0, 2) as Language, key.slice(3)];
}
