import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../../src/bpmn/parseBpmn';
import { formatError } from '../../../src/shared/errors';

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

const minimal = (body: string, di = true) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${BPMN_NS}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs_1">
  <bpmn:process id="P1" name="Wohngeld bewilligen">${body}</bpmn:process>
  ${di ? `<bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="Pl1" bpmnElement="P1"><bpmndi:BPMNShape id="S1_di" bpmnElement="S1"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>` : ''}
</bpmn:definitions>`;

describe('parseBpmn', () => {
  it('should parse a minimal model into a process graph', async () => {
    const r = await parseBpmn(minimal('<bpmn:startEvent id="S1" name="Antrag eingegangen"/>'), 'a.bpmn');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.graph.nodes).toHaveLength(1);
    expect(r.value.graph.nodes[0]).toMatchObject({ id: 'S1', kind: 'startEvent', name: 'Antrag eingegangen', x: 118, y: 118 });
    expect(r.value.graph.name).toBe('Wohngeld bewilligen');
  });

  it.each([
    ['empty file', '', 'import/empty'],
    ['whitespace only', '   \n  ', 'import/empty'],
    ['plain text', 'Das ist kein XML', 'import/not-xml'],
    ['truncated XML', minimal('<bpmn:startEvent id="S1">').slice(0, 200), 'import/not-xml'],
    ['XML that is not BPMN', '<?xml version="1.0"?><html><body>Hallo</body></html>', 'import/not-bpmn'],
    ['a DOCTYPE declaration', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><bpmn:definitions xmlns:bpmn="' + BPMN_NS + '">&e;</bpmn:definitions>', 'import/doctype'],
    ['a ZIP file', 'PK\u0003\u0004rest', 'import/binary'],
    ['BPMN without a process', `<bpmn:definitions xmlns:bpmn="${BPMN_NS}" id="d"/>`, 'import/no-process'],
    ['BPMN without diagram information', minimal('<bpmn:startEvent id="S1"/>', false), 'import/no-diagram']
  ])('should refuse %s with a German message naming the file', async (_case, text, code) => {
    const r = await parseBpmn(text, 'kaputt.bpmn');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(formatError(r.error)).toContain('kaputt.bpmn');
  });

  it('should refuse files above the size limit without parsing them', async () => {
    const r = await parseBpmn(minimal(''), 'gross.bpmn', { byteSize: 26 * 1024 * 1024 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatError(r.error)).toMatch(/überschreitet die Grenze von 25 MB/);
  });

  it('should accept a model without DI when the caller lays it out', async () => {
    const r = await parseBpmn(minimal('<bpmn:startEvent id="S1"/>', false), 'x.bpmn', { allowMissingDiagram: true });
    expect(r.ok && r.value.graph.hasDiagram).toBe(false);
  });
});
