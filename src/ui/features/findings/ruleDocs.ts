/**
 * The German rule explanations (`modeling-conventions/docs/<rule-id>.md`), bundled by Vite and
 * loaded on demand — one small chunk per rule, only when someone asks for the explanation.
 */
const docs = import.meta.glob('/modeling-conventions/docs/*.md', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** The Markdown of a rule's explanation, or undefined when the rule has none. */
export async function loadRuleDoc(ruleId: string): Promise<string | undefined> {
  const load = docs[`/modeling-conventions/docs/${ruleId}.md`];
  return load ? load() : undefined;
}
