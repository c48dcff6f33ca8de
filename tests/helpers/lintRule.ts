/**
 * Runs one convention rule (fresh instance, through bpmnlint's own `Linter` with a static
 * resolver) on a BPMN XML string or a model in the compact test notation, with the `gpm:`
 * moddle extension loaded. Used by the valid/invalid tables in `tests/conventions/`.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createModdle } from '../../src/bpmn/moddle';
import { toBpmnXml } from './conventionXml';

const require = createRequire(import.meta.url);
const PLUGIN_DIR = resolve(__dirname, '../../modeling-conventions');
const Linter = require('bpmnlint/lib/linter');
const StaticResolver = require('bpmnlint/lib/resolver/static-resolver');

/** One report of a rule: element id, German message, optional severity hint. */
export interface RuleReport {
  id: string;
  message: string;
  severity?: string;
  category: string;
}

/** The rule factory of a plugin rule, loaded from `modeling-conventions/rules/<id>.js`. */
export function loadRule(ruleId: string): (config?: unknown) => unknown {
  return require(resolve(PLUGIN_DIR, 'rules', `${ruleId}.js`));
}

/** The definitions root of a parsed XML string (throws on unparseable XML: tests want to know). */
export async function parseXml(xml: string, options: { gpm?: boolean } = {}) {
  if (options.gpm === false) {
    const { BpmnModdle } = await import('bpmn-moddle');
    const moddle = new BpmnModdle() as unknown as { fromXML(xml: string): Promise<{ rootElement: unknown }> };
    return (await moddle.fromXML(xml)).rootElement;
  }
  return (await createModdle().fromXML(xml)).rootElement;
}

/** Whether the text is XML (else it is the compact notation). */
function isXml(text: string): boolean {
  return text.trimStart().startsWith('<');
}

/** Lint a model with one rule and return its reports (nothing else ran). */
export async function lintRule(
  ruleId: string,
  model: string,
  config: Record<string, unknown> = {},
  options: { gpm?: boolean; di?: boolean } = {}
): Promise<RuleReport[]> {
  const xml = isXml(model) ? model : toBpmnXml(model, { di: options.di });
  const root = await parseXml(xml, options);
  const linter = new Linter({
    resolver: new StaticResolver({ [`rule:bpmnlint-plugin-gpm/${ruleId}`]: loadRule(ruleId) })
  });
  const results = await linter.lint(root, { rules: { [`gpm/${ruleId}`]: ['warn', config] } });
  const reports = (Object.values(results).flat() as Array<Record<string, unknown>>);
  return reports.map((r) => ({
    id: String(r.id),
    message: String(r.message),
    severity: r.severity as string | undefined,
    category: String(r.category)
  }));
}

/** Sorted, de-duplicated ids reported by a rule on a model. */
export async function reportedIds(ruleId: string, model: string, config: Record<string, unknown> = {}, options: { gpm?: boolean; di?: boolean } = {}): Promise<string[]> {
  const reports = await lintRule(ruleId, model, config, options);
  const errors = reports.filter((r) => r.category === 'rule-error');
  if (errors.length) throw new Error(`rule ${ruleId} crashed: ${errors.map((e) => e.message).join('; ')}`);
  return [...new Set(reports.map((r) => r.id))].sort();
}
