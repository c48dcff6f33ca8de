import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle } from '../../../../src/bpmn/moddle';
import { escapeHtml, reviewReportToHtml } from '../../../../src/export/reviewReportHtml';
import { csvField, reviewReportToCsv } from '../../../../src/export/reviewReportCsv';
import { lintDefinitions } from '../../../../src/linting/lintDefinitions';
import { buildReviewReport } from '../../../../src/linting/report/buildReviewReport';
import type { ReviewReport } from '../../../../src/linting/report/reviewReportTypes';
import { testRegistry } from '../../../fixtures/lint/testRules';
import { finding } from './reportFixtures';

const registry = testRegistry();
const ruleInfo = (id: string) => {
  const r = registry.record(id);
  return r ? { title: r.title?.de ?? id, code: r.code, category: r.category } : undefined;
};

/** A report built from a real lint of a model whose labels contain HTML and a formula. */
async function injectionReport(): Promise<ReviewReport> {
  const xml = readFileSync(join(__dirname, '../../../fixtures/lint/injection.bpmn'), 'utf8');
  const { rootElement } = await createModdle().fromXML(xml, 'bpmn:Definitions');
  const result = lintDefinitions(rootElement, { config: { rules: { 'duplicate-task-name': 'warn', 'echo-params': 'info', 'model-level': 'error' } }, registry });
  return buildReviewReport(
    [{ name: "<script>alert('Variante')</script>", organisationseinheit: 'Bezirksamt Mitte', profile: 'basis', findings: result.findings, checkedElements: result.stats.checkedElements, previous: { label: 'Version 1', findings: [finding({ rule: 'gone', elementId: 'X', elementName: '<b>alt</b>' })] } }],
    { createdAt: '2025-03-12T13:05:00Z', reviewer: '<i>Prüferin</i>', ruleInfo }
  );
}

describe('reviewReportToHtml', () => {
  it('should escape every model text, including an HTML-injection label', async () => {
    const report = await injectionReport();
    expect(report.variants[0].rules.some((r) => r.findings.some((f) => f.elementName === '<img src=x onerror=alert(1)>'))).toBe(true);
    const html = reviewReportToHtml(report);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>alt');
    expect(html).not.toContain('<i>Prüferin');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; &quot;begründet&quot;');
  });

  it('should be a self-contained German document that prints well', async () => {
    const html = reviewReportToHtml(await injectionReport());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
    expect(html).toContain('page-break-before');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<link|<script|@import/);
    expect(html).toContain('Prüfprotokoll');
    expect(html).toContain('12.03.2025, 14:05');
    expect(html).toContain('Konformitätsgrad');
  });

  it('should show findings per rule, waivers with reasons and the delta', async () => {
    const html = reviewReportToHtml(await injectionReport());
    expect(html).toContain('T-NAME-02 · Titel duplicate-task-name');
    expect(html).toContain('Begründete Ausnahmen');
    expect(html).toContain('Behobene Befunde');
    expect(html).toContain('&lt;b&gt;alt&lt;/b&gt;');
  });

  it('should escape quotes and ampersands', () => {
    expect(escapeHtml(`a&b<"c">'d'`)).toBe('a&amp;b&lt;&quot;c&quot;&gt;&#39;d&#39;');
  });
});

describe('reviewReportToCsv', () => {
  it('should write a BOM, a German header and quoted semicolon-separated fields with CRLF', async () => {
    const csv = reviewReportToCsv(await injectionReport());
    expect(csv.startsWith('\uFEFF"Variante";"Organisationseinheit";"Prüfprofil"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[lines.length - 1]).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^"(?:[^"]|"")*"(;"(?:[^"]|"")*")*$/);
  });

  it('should contain open, waived and fixed findings with reasons', async () => {
    const csv = reviewReportToCsv(await injectionReport());
    expect(csv).toContain('"Ausnahme";"<script>alert(2)</script> ""begründet"""');
    expect(csv).toContain('"behoben"');
    expect(csv).toContain('"<img src=x onerror=alert(1)>"');
  });

  it('should defuse cells a spreadsheet would run as a formula', async () => {
    const csv = reviewReportToCsv(await injectionReport());
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('Antrag "A" prüfen')).toBe('"Antrag ""A"" prüfen"');
  });
});
