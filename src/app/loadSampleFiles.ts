import type { SampleFile } from '../state/services';

/**
 * The sample models shipped in `samples/` (listed in `samples/index.json`), bundled by Vite and
 * loaded lazily: the first start and "Beispiele laden" import them into the library.
 */
const files = import.meta.glob('/samples/**/*.bpmn', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;
const indexFiles = import.meta.glob('/samples/index.json', { import: 'default' }) as Record<string, () => Promise<unknown>>;

interface IndexEntry {
  file: string;
  processName?: string;
  process?: string;
  service?: string;
  organisationseinheit: string;
  modellart: 'IST' | 'SOLL';
  description?: string;
  key?: string;
}

/** Read the sample index and every sample's XML. */
export async function loadSampleFiles(): Promise<SampleFile[]> {
  const loadIndex = indexFiles['/samples/index.json'];
  if (!loadIndex) return [];
  const raw = (await loadIndex()) as { samples?: IndexEntry[] } | IndexEntry[];
  const entries = Array.isArray(raw) ? raw : raw.samples ?? [];
  const out: SampleFile[] = [];
  for (const entry of entries) {
    const path = `/samples/${entry.file.replace(/^(\.\/|samples\/)/, '')}`;
    const load = files[path];
    if (!load) continue;
    out.push({
      key: entry.key ?? entry.file,
      file: entry.file,
      processName: entry.processName ?? entry.process ?? entry.service ?? 'Beispiel',
      organisationseinheit: entry.organisationseinheit,
      modellart: entry.modellart,
      description: entry.description ?? '',
      xml: await load()
    });
  }
  return out;
}
