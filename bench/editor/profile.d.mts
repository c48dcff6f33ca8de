export interface ModuleStart {
  line: number;
  module: string;
}
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples?: number[];
  timeDeltas?: number[];
}
/** Module start lines of a bundle built without minification. */
export function bundleModules(bundleText: string): ModuleStart[];
/** The npm package of a bundled module path, or the path for project sources. */
export function packageOf(module: string): string;
/** Self time (ms) of a CDP profile grouped by package or by function and module. */
export function selfTimeBy(profile: CpuProfile, starts: readonly ModuleStart[], by?: 'package' | 'function'): Array<{ key: string; ms: number }>;
/** Read a built bundle's module table. */
export function loadBundleModules(path: string): ModuleStart[];
