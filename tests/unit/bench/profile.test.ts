import { describe, expect, it } from 'vitest';
import { bundleModules, packageOf, selfTimeBy } from '../../../bench/editor/profile.mjs';

describe('CPU profile grouping', () => {
  const bundle = ['// \\0rolldown/runtime.js', 'x', '// node_modules/@bpmn-io/properties-panel/dist/index.esm.js', 'a', 'b', '// src/bpmn/serializeSliced.ts', 'c'].join('\n');
  const starts = bundleModules(bundle);

  it('should find each bundled module and its package', () => {
    expect(starts).toEqual([
      { line: 2, module: 'node_modules/@bpmn-io/properties-panel/dist/index.esm.js' },
      { line: 5, module: 'src/bpmn/serializeSliced.ts' }
    ]);
    expect(packageOf('node_modules/@bpmn-io/properties-panel/dist/index.esm.js')).toBe('@bpmn-io/properties-panel');
    expect(packageOf('node_modules/diagram-js/lib/core/Canvas.js')).toBe('diagram-js');
    expect(packageOf('src/bpmn/serializeSliced.ts')).toBe('src/bpmn/serializeSliced.ts');
  });

  it('should add up self time per package, each sample lasting until the next', () => {
    const url = 'http://127.0.0.1:1/assets/index-abc.js';
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'render', url, lineNumber: 3 } },
        { id: 3, callFrame: { functionName: 'stripRepeatedDeclarations', url, lineNumber: 6 } }
      ],
      samples: [2, 3, 3, 1],
      timeDeltas: [0, 1_000, 2_000, 3_000]
    };
    expect(selfTimeBy(profile, starts, 'package')).toEqual([
      { key: 'src/bpmn/serializeSliced.ts', ms: 5 },
      { key: '@bpmn-io/properties-panel', ms: 1 },
      { key: '(garbage collector)', ms: 0 }
    ]);
    expect(selfTimeBy(profile, starts, 'function')[0]).toEqual({ key: 'stripRepeatedDeclarations — src/bpmn/serializeSliced.ts', ms: 5 });
  });
});
