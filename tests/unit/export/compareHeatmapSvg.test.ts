import { describe, expect, it } from 'vitest';
import { COMPARE_EXPORTERS, compareFileName } from '../../../src/export/compareExports';
import { escapeXml, heatColor, heatmapSvg, heatTextColor, wrapText } from '../../../src/export/compareHeatmapSvg';
import { comparison } from '../ui/compare/fixtures';

describe('compare heatmap SVG', () => {
  it('should colour from white (0) to dark blue (1) and pick readable text colours', () => {
    expect(heatColor(0)).toBe('#f7fbff');
    expect(heatColor(1)).toBe('#08306b');
    expect(heatColor(-3)).toBe('#f7fbff');
    expect(heatColor(Number.NaN)).toBe('#f7fbff');
    expect(heatTextColor(0.2)).toBe('#1d2430');
    expect(heatTextColor(0.9)).toBe('#ffffff');
  });

  it('should draw one labelled cell per pair with sizes, names, the scale and the explanation', () => {
    const result = comparison();
    const svg = heatmapSvg(result.similarity, 'Ähnlichkeit <Wohngeld>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
    expect(svg.match(/<rect [^>]*stroke="#ffffff"/g)).toHaveLength(9);
    expect(svg).toContain('Ähnlichkeit &lt;Wohngeld&gt;');
    expect(svg).toContain('>100</text>');
    expect(svg).toContain('50 % gemeinsame Schritte');
    expect(svg).toContain('>Pankow</text>');
  });

  it('should escape XML and wrap long texts at spaces', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(wrapText('eins zwei drei vier', 9)).toEqual(['eins zwei', 'drei vier']);
  });

  it('should name downloads after the process and export the matrix CSV with the domain’s format', async () => {
    const result = comparison();
    const csv = COMPARE_EXPORTERS.find((e) => e.id === 'matrix-csv')!;
    expect(compareFileName('Wohngeld: bewilligen', csv)).toBe('Wohngeld- bewilligen – Matrix.csv');
    const text = await (await csv.export({ processName: 'Wohngeld', result })).text();
    expect(text).toContain('Schritt;Unterstützung;Anteil;Konfidenz;Bestätigt;SOLL: Aktivität');
    const svg = COMPARE_EXPORTERS.find((e) => e.id === 'heatmap-svg')!;
    expect(await (await svg.export({ processName: 'Wohngeld', result })).text()).toContain('Ähnlichkeit der Varianten – Wohngeld');
  });
});
