import type { Moddle, ModdleElement } from './moddle';

/**
 * Serialise a live moddle tree without blocking the main thread for long: the big collections
 * (`flowElements` of processes, `planeElement` of diagram planes) are written element by element
 * in slices of at most `budgetMs`, yielding to the event loop in between; the small skeleton is
 * written in one go with a marker in place of each big collection, then the pieces are joined.
 *
 * Why: one `toXML` of a 1,000-node model blocks for ~40 ms, more than a frame; an autosave must
 * stay below 16 ms of main-thread time per task (issue 2). The output is plain moddle XML — each
 * fragment is written by moddle itself; namespace declarations a fragment repeats from the root
 * are dropped, any others stay on the fragment (valid XML either way).
 *
 * Consistency: the caller passes `isStale`; when the model changed while slicing, the result is
 * `undefined` and the caller serialises again later. The marker swap happens synchronously.
 */
export interface SlicedOptions {
  budgetMs?: number;
  /** Returns true when the model changed since serialisation started. */
  isStale?: () => boolean;
  /** Yield to the event loop; defaults to a macrotask via MessageChannel/setTimeout. */
  yieldFn?: () => Promise<void>;
  /** Collections smaller than this are left to the skeleton. Default 40. */
  minSplit?: number;
  now?: () => number;
}

interface SplitCollection {
  owner: ModdleElement;
  property: 'flowElements' | 'planeElement';
  items: ModdleElement[];
  markerId: string;
  fragments: string[];
}

const defaultYield = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof MessageChannel !== 'undefined') {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });

function collectSplits(definitions: ModdleElement, minSplit: number): SplitCollection[] {
  const splits: SplitCollection[] = [];
  let n = 0;
  for (const root of (definitions.rootElements as ModdleElement[] | undefined) ?? []) {
    const items = root.flowElements as ModdleElement[] | undefined;
    if (items && items.length >= minSplit) {
      splits.push({ owner: root, property: 'flowElements', items, markerId: `__gpm_slice_${n++}__`, fragments: [] });
    }
  }
  for (const diagram of (definitions.diagrams as ModdleElement[] | undefined) ?? []) {
    const plane = diagram.plane as ModdleElement | undefined;
    const items = plane?.planeElement as ModdleElement[] | undefined;
    if (plane && items && items.length >= minSplit) {
      splits.push({ owner: plane, property: 'planeElement', items, markerId: `__gpm_slice_${n++}__`, fragments: [] });
    }
  }
  return splits;
}

function rootDeclarations(xml: string): Map<string, string> {
  const start = /<[\w.-]+:definitions\b[^>]*>|<definitions\b[^>]*>/.exec(xml)?.[0] ?? '';
  const decls = new Map<string, string>();
  for (const m of start.matchAll(/\sxmlns(?::([\w.-]+))?="([^"]*)"/g)) decls.set(m[1] ?? '', m[2]);
  return decls;
}

function stripRepeatedDeclarations(fragment: string, root: Map<string, string>): string {
  const end = fragment.indexOf('>');
  if (end < 0) return fragment;
  const head = fragment.slice(0, end).replace(/\sxmlns(?::([\w.-]+))?="([^"]*)"/g, (all, prefix: string | undefined, uri: string) =>
    root.get(prefix ?? '') === uri ? '' : all
  );
  return head + fragment.slice(end);
}

function writeFragment(moddle: Moddle, item: ModdleElement, rootNs: Array<[string, string]>): Promise<string> {
  const attrs = item.$attrs;
  const lent: string[] = [];
  if (attrs) {
    for (const [k, v] of rootNs) {
      if (!(k in attrs)) {
        attrs[k] = v;
        lent.push(k);
      }
    }
  }
  // moddle writes synchronously inside toXML; the promise only wraps the result
  const pending = moddle.toXML(item, { format: false, preamble: false });
  for (const k of lent) delete attrs![k];
  return pending.then((r) => r.xml);
}

/** Serialise `definitions` in time slices; `undefined` when the model changed meanwhile. */
export async function serializeSliced(moddle: Moddle, definitions: ModdleElement, options: SlicedOptions = {}): Promise<string | undefined> {
  const budget = options.budgetMs ?? 8;
  const yieldFn = options.yieldFn ?? defaultYield;
  const now = options.now ?? (() => performance.now());
  const splits = collectSplits(definitions, options.minSplit ?? 40);

  // 1. fragments of the big collections, in slices. Foreign attributes (camunda:…) need the
  // namespace declarations of the root: lend them to the fragment for the (synchronous) write.
  // The lent declarations are the root's own `$attrs`, which the skeleton writes on its root too,
  // so they are dropped from each fragment right here, inside the slices (the final join stays cheap).
  const rootNs = Object.entries(definitions.$attrs ?? {}).filter(([k]) => k === 'xmlns' || k.startsWith('xmlns:'));
  const lentDeclarations = new Map(rootNs.map(([k, v]) => [k === 'xmlns' ? '' : k.slice(6), v]));
  let sliceStart = now();
  for (const split of splits) {
    for (const item of split.items) {
      split.fragments.push(stripRepeatedDeclarations(await writeFragment(moddle, item, rootNs), lentDeclarations));
      if (now() - sliceStart > budget) {
        await yieldFn();
        if (options.isStale?.()) return undefined;
        sliceStart = now();
      }
    }
  }
  if (options.isStale?.()) return undefined;

  // 2. the skeleton, with one marker element per big collection (synchronous swap and restore)
  const markerTypes = { flowElements: 'bpmn:Task', planeElement: 'bpmndi:BPMNShape' } as const;
  for (const split of splits) {
    const marker = moddle.create(markerTypes[split.property], { id: split.markerId });
    marker.$parent = split.owner;
    split.owner[split.property] = [marker];
  }
  let skeleton: string;
  try {
    skeleton = (await moddle.toXML(definitions, { format: false, preamble: true })).xml;
  } finally {
    for (const split of splits) split.owner[split.property] = split.items;
  }

  // 3. join. moddle writes only the namespaces the skeleton itself uses; the ones the fragments
  // rely on (dropped from them above) are added to the root start tag.
  const declarations = rootDeclarations(skeleton);
  const missing = [...lentDeclarations].filter(([prefix, uri]) => declarations.get(prefix) !== uri);
  if (missing.some(([prefix]) => declarations.has(prefix))) throw new Error('serializeSliced: conflicting namespace prefixes');
  if (missing.length) {
    const rootStart = /<([\w.-]+:)?definitions\b[^>]*?(\/?)>/.exec(skeleton);
    if (!rootStart) throw new Error('serializeSliced: root element not found');
    const extra = missing.map(([prefix, uri]) => ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${uri.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
    const insertAt = rootStart.index + rootStart[0].length - 1 - rootStart[2].length;
    skeleton = skeleton.slice(0, insertAt) + extra + skeleton.slice(insertAt);
  }
  for (const split of splits) {
    const markerRe = new RegExp(`<[\\w.:-]+ id="${split.markerId}"\\s*/>`);
    const body = split.fragments.join('');
    if (!markerRe.test(skeleton)) throw new Error(`serializeSliced: marker ${split.markerId} not found`);
    skeleton = skeleton.replace(markerRe, () => body);
  }
  return skeleton;
}
