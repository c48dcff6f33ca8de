/**
 * Listing the library: 1,000 variants with ~200 KB bodies each, seeded with `bulkSeed` into a
 * fresh database in the browser's real IndexedDB; then `listSummaries()` without and with a
 * filter (text + IST). The first list after re-opening the database is reported apart (cold).
 */
import { BERLIN_DISTRICTS, type ModelStatus } from '../../../src/domain/model/gpmAttributes';
import type { ImportItem } from '../../../src/persistence/planImport';
import { openLibrary } from '../../../src/persistence/openLibrary';
import type { LibraryServices } from '../../../src/persistence/createRepositories';
import type { VariantFilter } from '../../../src/persistence/variantFilter';
import { modelXml } from './models';
import { settle } from './stage';

const SERVICES = [
  'Wohngeld', 'Hilfe zur Pflege', 'Elterngeld', 'Anwohnerparkausweis', 'Gewerbeanmeldung', 'Meldebescheinigung',
  'Personalausweis beantragen', 'Reisepass beantragen', 'Führungszeugnis', 'Hundesteuer', 'Sondernutzung Straßenland',
  'Baugenehmigung', 'Kita-Gutschein', 'BAföG', 'Unterhaltsvorschuss', 'Wohnberechtigungsschein', 'Eheschließung',
  'Geburtsurkunde', 'Einbürgerung', 'Schwerbehindertenausweis', 'Blindenhilfe', 'Eingliederungshilfe',
  'Grundsicherung im Alter', 'Bildung und Teilhabe', 'Jugendberufshilfe', 'Schulplatzvergabe', 'Fundsachen',
  'Gaststättenerlaubnis', 'Marktzulassung', 'Baumfällgenehmigung', 'Denkmalschutzgenehmigung', 'Wahlhelfergewinnung',
  'Briefwahl', 'Beglaubigung', 'Namensänderung', 'Waffenbesitzkarte', 'Fischereischein', 'Veranstaltungsanzeige',
  'Spielhallenerlaubnis', 'Zweckentfremdungsgenehmigung'
];
const STATUSES: ModelStatus[] = ['entwurf', 'in_pruefung', 'freigegeben', 'archiviert'];

/** Figures of one library run, in milliseconds. */
export interface LibrarySample {
  variants: number;
  bodyChars: number;
  bodyNodes: number;
  seedMs: number;
  /** First `listSummaries()` after re-opening the database. */
  coldListMs: number;
  listMs: number[];
  listCount: number;
  filteredMs: number[];
  filteredCount: number;
  filter: VariantFilter;
}

function items(count: number, xml: string, elementCount: number): ImportItem[] {
  const base = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const service = SERVICES[i % SERVICES.length];
    const oe = BERLIN_DISTRICTS[Math.floor(i / SERVICES.length) % BERLIN_DISTRICTS.length];
    const modellart = i % 7 === 3 ? 'SOLL' : 'IST';
    return {
      process: { processName: service },
      meta: { organisationseinheit: oe, modellart, status: STATUSES[i % STATUSES.length], name: `${service} ${oe} ${modellart} ${i + 1}`, elementCount },
      xml,
      author: 'bench',
      at: new Date(base + i * 60_000).toISOString()
    } satisfies ImportItem;
  });
}

async function open(name: string): Promise<LibraryServices> {
  const opened = await openLibrary({ name });
  if (!opened.ok) throw new Error(`openLibrary: ${opened.error.code}`);
  return opened.value;
}

async function timeList(library: LibraryServices, filter: VariantFilter): Promise<{ ms: number; count: number }> {
  await settle();
  const t0 = performance.now();
  const list = await library.variants.listSummaries(filter);
  const ms = performance.now() - t0;
  if (!list.ok) throw new Error(`listSummaries: ${list.error.code}`);
  return { ms, count: list.value.length };
}

/** Seed `count` variants (bodies: the `bodyNodes`-node model) and time the list `runs` times each. */
export async function libraryBench(options: { count: number; bodyNodes: number; runs: number; batch?: number }): Promise<LibrarySample> {
  const xml = await modelXml(options.bodyNodes);
  const name = `gpm-bench-library-${Date.now()}`;
  const filter: VariantFilter = { text: 'wohngeld', modellart: 'IST' };
  let library = await open(name);
  try {
    // 1. seed in batches (one transaction each), as an import of many files would
    const all = items(options.count, xml, options.bodyNodes);
    const batch = options.batch ?? 50;
    const t0 = performance.now();
    for (let i = 0; i < all.length; i += batch) {
      const r = await library.variants.bulkSeed(all.slice(i, i + batch));
      if (!r.ok) throw new Error(`bulkSeed: ${r.error.code}`);
    }
    const seedMs = performance.now() - t0;
    // 2. re-open: the first list is what the start screen pays after a reload
    library.close();
    library = await open(name);
    const cold = await timeList(library, {});
    // 3. warm lists, plain and filtered, interleaved
    const listMs: number[] = [];
    const filteredMs: number[] = [];
    let listCount = 0;
    let filteredCount = 0;
    for (let r = 0; r < options.runs; r++) {
      const plain = await timeList(library, {});
      const filtered = await timeList(library, filter);
      listMs.push(plain.ms);
      filteredMs.push(filtered.ms);
      listCount = plain.count;
      filteredCount = filtered.count;
    }
    return { variants: options.count, bodyChars: xml.length, bodyNodes: options.bodyNodes, seedMs, coldListMs: cold.ms, listMs, listCount, filteredMs, filteredCount, filter };
  } finally {
    library.close();
    await new Promise<void>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  }
}
