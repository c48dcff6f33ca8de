'use strict';

/**
 * MK-DOC-02 — Rechtsgrundlage (Handlungsgrundlage). The model's Steckbrief lists its legal
 * bases, each a citation matching `citationPattern` (statute + section, e.g. "§ 7 WoGG") and —
 * if `knownStatutes` is set — naming one of them; an explicit "keine" (`noneValues`) is accepted
 * for internal processes. Activities whose label names a check, decision or notice (lexicon
 * `documentation-keywords.json` decisionWords, plus `extraDecisionWords`) reference their
 * provision in `gpm:activityInfo rechtsgrundlage` (hint `activitySeverity`).
 */
const { defineRule } = require('../lib/ruleKit');
const { is, nameOf } = require('../lib/bpmn');
const { Describe, quoted } = require('../lib/describe');
const { readActivityInfo } = require('../lib/gpm');
const { hasKeyword } = require('../lib/keywords');
const { documentation, withExtra } = require('../lib/lexicons');
const { steckbriefe, mainSteckbrief, modelElement, modelledProcesses } = require('../lib/modelInfo');

function safeRegExp(source, fallback) {
  try {
    return new RegExp(source, 'i');
  } catch (e) {
    return fallback;
  }
}

module.exports = defineRule('legal-basis-documented', {
  citationPattern: '(§§?|Art\\.?|Artikel)\\s*\\d+',
  knownStatutes: [],
  noneValues: ['keine', 'keine Rechtsgrundlage', 'entfällt'],
  activitySeverity: 'info',
  extraDecisionWords: []
}, (ctx) => {
  const p = ctx.params;
  const citation = safeRegExp(p.citationPattern, /(§§?|Art\.?|Artikel)\s*\d+/i);
  const none = new Set((p.noneValues || []).map((v) => String(v).toLowerCase()));
  const statutes = (p.knownStatutes || []).map((s) => String(s).toLowerCase());
  const decisionWords = withExtra(documentation.decisionWords, p.extraDecisionWords);
  return (node, report) => {
    if (is(node, 'bpmn:Definitions')) {
      const index = ctx.index(node);
      if (!modelledProcesses(index).length) return;
      const holders = steckbriefe(index).filter((s) => s.info.rechtsgrundlagen.length);
      if (!holders.length) {
        const main = mainSteckbrief(index);
        const target = main ? index.reportElementFor(main.holder) : modelElement(index);
        if (target) report(target.id, `${Describe(target)} nennt keine Rechtsgrundlage; erfassen Sie die Vorschriften mit Paragraf (z. B. „§ 7 WoGG“) oder ausdrücklich „keine“.`);
        return;
      }
      for (const { holder, info } of holders) {
        const bad = info.rechtsgrundlagen.filter((text) => {
          if (none.has(text.toLowerCase())) return false;
          if (!citation.test(text)) return true;
          return statutes.length > 0 && !statutes.some((s) => text.toLowerCase().includes(s));
        });
        if (bad.length) {
          const target = index.reportElementFor(holder);
          report(target.id, `Rechtsgrundlagen zu ${quoted(target)}: ${bad.map((b) => `„${b}“`).join(', ')} ist keine vollständige Fundstelle (Norm mit Paragraf oder Artikel, z. B. „§ 7 WoGG“).`);
        }
      }
      return;
    }
    if (!is(node, 'bpmn:Activity')) return;
    const name = nameOf(node);
    if (!name || !hasKeyword(name, decisionWords)) return;
    const info = readActivityInfo(node);
    if (info && info.rechtsgrundlage) return;
    report(node.id, `${Describe(node)} ist eine Prüf-, Entscheidungs- oder Bescheidtätigkeit, verweist aber auf keine Rechtsgrundlage (Attribut „Rechtsgrundlage“).`, p.activitySeverity);
  };
}, { types: ['bpmn:Definitions', 'bpmn:Activity'] });
