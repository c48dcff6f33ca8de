import { beforeEach, describe, expect, it } from 'vitest';
import { formatError } from '../../../src/shared/errors';
import { createAppHarness, fileOf, type AppHarness } from '../../helpers/appHarness';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="D1"><bpmn:process id="P1" name="Wohngeld"><bpmn:startEvent id="S1" name="Antrag eingegangen"/></bpmn:process>
<bpmndi:BPMNDiagram id="Di1"><bpmndi:BPMNPlane id="Pl1" bpmnElement="P1"><bpmndi:BPMNShape id="S1_di" bpmnElement="S1"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;

const NO_DI_ONE_PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="D2"><bpmn:process id="P1" name="Hundesteuer">
<bpmn:startEvent id="S1" name="Anmeldung eingegangen"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
<bpmn:task id="T1" name="Anmeldung prüfen"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
<bpmn:endEvent id="E1" name="Steuer festgesetzt"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
<bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="T1"/><bpmn:sequenceFlow id="F2" sourceRef="T1" targetRef="E1"/>
</bpmn:process></bpmn:definitions>`;

const NO_DI_TWO_POOLS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="D3"><bpmn:collaboration id="C1"><bpmn:participant id="Pa1" processRef="P1"/><bpmn:participant id="Pa2" processRef="P2"/></bpmn:collaboration>
<bpmn:process id="P1"><bpmn:task id="T1" name="A prüfen"/></bpmn:process><bpmn:process id="P2"><bpmn:task id="T2" name="B prüfen"/></bpmn:process></bpmn:definitions>`;

const HOSTILE_LABEL = GOOD.replace('name="Antrag eingegangen"', 'name="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;"');

/**
 * Bad input gets a German message naming the file and the reason, and changes nothing: one test per
 * case, each comparing a dump of every table before and after (the real store, services and parser).
 */
describe('import of bad files', () => {
  let h: AppHarness;
  let before: Record<string, unknown[]>;

  beforeEach(async () => {
    h = createAppHarness();
    // a library with content, so "unchanged" means something
    await h.store.getState().prepareImport([fileOf('wohngeld-ist-neukoelln.bpmn', GOOD)]);
    expect(await h.store.getState().commitImport()).toBe(true);
    before = await h.dump();
  });

  async function importOnly(name: string, text: string, size?: number) {
    await h.store.getState().prepareImport([fileOf(name, text, size)]);
    const [candidate] = h.store.getState().importCandidates!;
    const committed = await h.store.getState().commitImport();
    return { candidate, committed };
  }

  it.each([
    ['an empty file', 'leer.bpmn', '', /„leer\.bpmn“ ist leer/],
    ['a file that is not XML', 'notiz.bpmn', 'Antrag prüfen, dann Bescheid senden', /„notiz\.bpmn“ ist keine XML-Datei/],
    ['malformed XML', 'abgebrochen.bpmn', GOOD.slice(0, 180), /„abgebrochen\.bpmn“ ist keine XML-Datei \(kein wohlgeformtes XML/],
    ['XML that is not BPMN', 'seite.xml', '<?xml version="1.0"?><html><body>Hallo</body></html>', /„seite\.xml“ ist XML, aber kein BPMN-2\.0-Modell \(Wurzelelement „html“/],
    ['a DOCTYPE with entity declarations', 'xxe.bpmn', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions ' + NS + '>&x;</bpmn:definitions>', /„xxe\.bpmn“ enthält eine DOCTYPE- oder ENTITY-Deklaration/],
    ['a billion-laughs entity bomb', 'lol.bpmn', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>', /DOCTYPE- oder ENTITY-Deklaration/],
    ['a binary file named .bpmn', 'archiv.bpmn', 'PK\u0003\u0004\u0014\u0000', /„archiv\.bpmn“ ist eine Binärdatei/],
    ['a file with the wrong extension', 'modell.pdf', GOOD, /„modell\.pdf“ hat die Endung „\.pdf“/],
    ['BPMN without diagram information that cannot be laid out (two pools)', 'zwei-pools.bpmn', NO_DI_TWO_POOLS, /„zwei-pools\.bpmn“ enthält keine Diagramminformationen, und das automatische Layout war nicht möglich: Das Modell hat 2 Pools mit Inhalt/]
  ])('should refuse %s with a German message and leave the library unchanged', async (_case, name, text, message) => {
    const { candidate, committed } = await importOnly(name, text);
    expect(candidate.error).toBeDefined();
    expect(formatError(candidate.error!)).toMatch(message);
    expect(candidate.include).toBe(false);
    expect(committed).toBe(false);
    expect(await h.dump()).toEqual(before);
  });

  it('should refuse a file over the size limit without reading it and leave the library unchanged', async () => {
    let read = false;
    await h.store.getState().prepareImport([{ name: 'riesig.bpmn', size: 40 * 1024 * 1024, text: async () => { read = true; return GOOD; } }]);
    const [candidate] = h.store.getState().importCandidates!;
    expect(read).toBe(false);
    expect(formatError(candidate.error!)).toMatch(/„riesig\.bpmn“ ist 40\.0 MB groß und überschreitet die Grenze von 25 MB/);
    expect(await h.store.getState().commitImport()).toBe(false);
    expect(await h.dump()).toEqual(before);
  });

  it('should lay out BPMN without diagram information automatically (one process) and say so', async () => {
    await h.store.getState().prepareImport([fileOf('hundesteuer-ist-pankow.bpmn', NO_DI_ONE_PROCESS)]);
    const [candidate] = h.store.getState().importCandidates!;
    expect(candidate.error).toBeUndefined();
    expect(candidate.laidOut).toBe(true);
    expect(candidate.xml).toContain('bpmndi:BPMNShape');
    expect(candidate).toMatchObject({ processName: 'Hundesteuer', organisationseinheit: 'Bezirksamt Pankow', modellart: 'IST' });
    expect(await h.store.getState().commitImport()).toBe(true);
    const variants = h.store.getState().variants;
    expect(variants.map((v) => v.organisationseinheit)).toContain('Bezirksamt Pankow');
  });

  it('should keep labels with HTML or script as plain text (never interpreted) and import them', async () => {
    const { candidate, committed } = await importOnly('feindlich.bpmn', HOSTILE_LABEL);
    expect(candidate.error).toBeUndefined();
    expect(committed).toBe(true);
    // stored verbatim as text (XML-escaped); the browser test checks it is shown as text and never run
    const newest = h.store.getState().variants[0];
    const body = await h.lib.revisions.getBody(newest.headRevisionId);
    expect(body.ok && body.value).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;');
  });

  it('should import nothing of a batch when one good and one bad file are chosen, except the good one', async () => {
    await h.store.getState().prepareImport([fileOf('gut.bpmn', GOOD), fileOf('schlecht.bpmn', 'kein xml')]);
    const candidates = h.store.getState().importCandidates!;
    expect(candidates.map((c) => !!c.error)).toEqual([false, true]);
    expect(await h.store.getState().commitImport()).toBe(true);
    const after = await h.dump();
    expect((after.variants as unknown[]).length).toBe((before.variants as unknown[]).length + 1);
  });
});
