// Lists the user-visible English strings of bpmn-js, diagram-js, the minimap and the properties
// panel core, so that tests/unit/bpmn/germanTranslations.test.ts can check every one has German.
// Usage: node tests/helpers/extractUiStrings.mjs  (prints one string per line)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = [
  'node_modules/bpmn-js/lib',
  'node_modules/diagram-js/lib',
  'node_modules/diagram-js-minimap/dist/index.esm.js',
  'node_modules/@bpmn-io/properties-panel/dist/index.esm.js'
];
const PATTERNS = [
  /translate\(\s*'((?:[^'\\]|\\.)+)'/g,
  /translate\(\s*"((?:[^"\\]|\\.)+)"/g
];
// labels that bpmn-js passes through translate() later (popup entries, palette, context pad)
const LABEL_FILES = /(PopupEntries|PaletteProvider|ContextPadProvider|ReplaceMenuProvider|CreateMenuProvider|AppendMenuProvider|ElementTemplates)/;
const LABEL_PATTERNS = [/(?:label|title|search|groupName|description):\s*'((?:[^'\\]|\\.)+)'/g];

function files(p) {
  if (statSync(p).isFile()) return [p];
  return readdirSync(p).flatMap((f) => files(join(p, f))).filter((f) => f.endsWith('.js') && !f.endsWith('.d.ts'));
}

export function extractUiStrings(root = '.') {
  const out = new Set();
  for (const r of ROOTS) {
    for (const f of files(join(root, r))) {
      const text = readFileSync(f, 'utf8');
      for (const re of PATTERNS) for (const m of text.matchAll(re)) out.add(m[1].replace(/\\'/g, "'"));
      if (LABEL_FILES.test(f)) for (const re of LABEL_PATTERNS) for (const m of text.matchAll(re)) out.add(m[1].replace(/\\'/g, "'"));
    }
  }
  return [...out].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(extractUiStrings().join('\n'));
}
