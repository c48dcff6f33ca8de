// CPU profiles (CDP `Profiler`) summed up by where the code comes from: the bench page is built
// without minification, and the bundle names each module in a `// node_modules/…` or `// src/…`
// comment line, so every sampled line maps to its npm package or source file.
import { readFileSync } from 'node:fs';

/** Module start lines of a bundle: sorted [{ line (0-based), module }]. */
export function bundleModules(bundleText) {
  const starts = [];
  const lines = bundleText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:node_modules|src|bench|modeling-conventions)\/\S+)$/.exec(lines[i]);
    if (m) starts.push({ line: i, module: m[1] });
  }
  return starts;
}

/** The package of a module path: `node_modules/@scope/pkg/…` → `@scope/pkg`; `src/bpmn/x.ts` → `src/bpmn/x.ts`. */
export function packageOf(module) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return m ? m[1] : module;
}

function moduleAt(starts, line) {
  let lo = 0;
  let hi = starts.length - 1;
  let found = '(bundle)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid].line <= line) {
      found = starts[mid].module;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Self time (ms) of a CDP profile, grouped by package (`by: 'package'`) or by function and
 * module (`by: 'function'`). V8's own entries keep their names: (garbage collector), (program).
 */
export function selfTimeBy(profile, starts, by = 'package') {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    // a sample's time is the gap to the next sample
    const dt = timeDeltas[i + 1] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + dt);
  }
  const groups = new Map();
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    let key;
    if (!frame.url) key = frame.functionName || '(native)';
    else if (!/\/assets\/[^/]+\.js$/.test(frame.url)) key = frame.url;
    else {
      const module = moduleAt(starts, frame.lineNumber);
      key = by === 'package' ? packageOf(module) : `${frame.functionName || '(anonymous)'} — ${module}`;
    }
    groups.set(key, (groups.get(key) ?? 0) + us);
  }
  return [...groups.entries()]
    .map(([key, us]) => ({ key, ms: Math.round(us / 100) / 10 }))
    .sort((a, b) => b.ms - a.ms);
}

/** Read a built bundle's module table. */
export function loadBundleModules(path) {
  return bundleModules(readFileSync(path, 'utf8'));
}
