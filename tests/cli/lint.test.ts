import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModdle, type ModdleElement } from '../../src/bpmn/moddle';
import { main } from '../../src/cli/main';

const ROOT = resolve(__dirname, '../..');
const DIR = 'tests/fixtures/lint/cli';

/** Run `gpm …` with captured output. */
async function gpm(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd });
  return { code, out, err };
}

type JsonReport = Array<{ file: string; findings: Array<Record<string, string>>; error?: string }>;

/** Checks that tags nest properly, attributes are quoted and no raw `<`/`&` sits in text (enough for generated XML). */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = token.exec(body))) {
    pos = token.lastIndex;
    if (m[5] !== undefined) {
      expect(m[5], 'text').not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      continue;
    }
    if (m[1]) expect(stack.pop(), `closing ${m[2]}`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(pos, 'parsed to the end').toBe(body.length);
  expect(stack).toEqual([]);
}

describe('gpm lint', () => {
  it('should exit 0 and say so in German for a model without errors', async () => {
    const { code, out } = await gpm(['lint', `${DIR}/clean.bpmn`]);
    expect(code).toBe(0);
    expect(out).toContain(`${DIR}/clean.bpmn (Profil basis)`);
    expect(out).toMatch(/\n {2}0 Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?, 0 begründete Ausnahmen\n/);
    expect(out).toMatch(/Gesamt: 1 Datei geprüft; 0 Fehler, /);
  });

  it('should exit 1 and list the findings grouped per file with counts for a model with errors', async () => {
    const { code, out } = await gpm(['lint', `${DIR}/failing.bpmn`, `${DIR}/clean.bpmn`]);
    expect(code).toBe(1);
    const [failing, clean] = out.split('\n\n');
    expect(failing).toMatch(/^tests\/fixtures\/lint\/cli\/failing\.bpmn \(Profil soll\)\n {2}Fehler/);
    expect(failing).toContain('[end-event-required]');
    expect(failing).toMatch(/\d+ Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?, 0 begründete Ausnahmen$/);
    expect(clean).toContain('clean.bpmn (Profil basis)');
  });

  it('should choose the profile from the Modellart unless --profile is given', async () => {
    expect((await gpm(['lint', `${DIR}/failing.bpmn`])).out).toContain('(Profil soll)');
    expect((await gpm(['lint', `${DIR}/failing.bpmn`, '--profile', 'experte'])).out).toContain('(Profil experte)');
    expect((await gpm(['lint', `${DIR}/failing.bpmn`, '--profile=basis'])).out).toContain('(Profil basis)');
  });

  it('should fail on warnings only with --fail-on warning', async () => {
    expect((await gpm(['lint', `${DIR}/warning.bpmn`])).code).toBe(0);
    expect((await gpm(['lint', `${DIR}/warning.bpmn`, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('should write exactly the documented JSON shape', async () => {
    const { code, out } = await gpm(['lint', `${DIR}/failing.bpmn`, '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as JsonReport;
    expect(json).toHaveLength(1);
    expect(Object.keys(json[0])).toEqual(['file', 'findings']);
    expect(json[0].file).toBe(`${DIR}/failing.bpmn`);
    expect(json[0].findings.length).toBeGreaterThan(0);
    for (const f of json[0].findings) {
      expect(Object.keys(f)).toEqual(['rule', 'category', 'severity', 'elementId', 'elementName', 'message']);
    }
    expect(json[0].findings).toContainEqual(expect.objectContaining({ rule: 'end-event-required', category: 'structure', severity: 'error' }));
  });

  it('should lint a folder recursively, report a broken file with exit 2 and still lint the others', async () => {
    const { code, out, err } = await gpm(['lint', `${DIR}/folder`, '--format', 'json']);
    expect(code).toBe(2);
    const json = JSON.parse(out) as JsonReport;
    // notes.xml is XML but not BPMN: skipped
    expect(json.map((r) => r.file)).toEqual([`${DIR}/folder/a-clean.bpmn`, `${DIR}/folder/b-broken.bpmn`, `${DIR}/folder/sub/c-failing.bpmn`]);
    expect(json[1].findings).toEqual([]);
    expect(json[1].error).toContain('„tests/fixtures/lint/cli/folder/b-broken.bpmn“ ist keine XML-Datei');
    expect(json[2].findings.length).toBeGreaterThan(0);
    expect(err).toContain('b-broken.bpmn');
  });

  it('should lint a file reached through two arguments once', async () => {
    const json = JSON.parse((await gpm(['lint', `${DIR}/folder/sub`, `${DIR}/folder/sub/c-failing.bpmn`, '--format', 'json'])).out) as JsonReport;
    expect(json.map((r) => r.file)).toEqual([`${DIR}/folder/sub/c-failing.bpmn`]);
  });

  it('should name an unreadable file and the reason in German in the text output', async () => {
    const { code, out } = await gpm(['lint', `${DIR}/folder`]);
    expect(code).toBe(2);
    expect(out).toContain('Nicht lesbar: „tests/fixtures/lint/cli/folder/b-broken.bpmn“ ist keine XML-Datei (kein wohlgeformtes XML');
    expect(out).toContain('Gesamt: 3 Dateien geprüft, 1 nicht lesbar;');
  });

  it('should exit 2 for a path that does not exist, and still lint the rest', async () => {
    const { code, out } = await gpm(['lint', 'gibt-es-nicht.bpmn', `${DIR}/clean.bpmn`, '--format', 'json']);
    expect(code).toBe(2);
    const json = JSON.parse(out) as JsonReport;
    expect(json[0].error).toBe('gibt-es-nicht.bpmn: Datei kann nicht gelesen werden (Datei oder Ordner nicht gefunden).');
    expect(json[1].file).toBe(`${DIR}/clean.bpmn`);
    expect(json[1].error).toBeUndefined();
    expect(json[1].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('should not fail for findings accepted by a waiver', async () => {
    // given the failing model with a gpm:waiver for every finding it has
    const before = JSON.parse((await gpm(['lint', `${DIR}/failing.bpmn`, '--format', 'json'])).out) as JsonReport;
    const moddle = createModdle();
    const { rootElement, elementsById } = await moddle.fromXML(readFileSync(join(ROOT, DIR, 'failing.bpmn'), 'utf8'), 'bpmn:Definitions');
    for (const f of before[0].findings) {
      const element = elementsById[String(f.elementId)] as ModdleElement;
      const ext = (element.extensionElements as ModdleElement | undefined) ?? moddle.create('bpmn:ExtensionElements', { values: [] });
      element.extensionElements = ext;
      (ext.values as ModdleElement[]).push(moddle.create('gpm:Waiver', { rule: f.rule, reason: 'Im Workshop so vereinbart' }));
    }
    const dir = mkdtempSync(join(tmpdir(), 'gpm-lint-'));
    writeFileSync(join(dir, 'akzeptiert.bpmn'), (await moddle.toXML(rootElement, { format: true })).xml);

    // when linting it, then nothing fails and the waivers are counted apart
    const text = await gpm(['lint', 'akzeptiert.bpmn'], dir);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`0 Fehler, 0 Warnungen, 0 Hinweise, ${before[0].findings.length} begründete Ausnahme`);
    expect(text.out).toContain('Begründung: Im Workshop so vereinbart');
    const json = JSON.parse((await gpm(['lint', 'akzeptiert.bpmn', '--format', 'json', '--fail-on', 'warning'], dir)).out) as JsonReport;
    expect(json[0].findings).toEqual([]);
  });

  it('should write SARIF 2.1.0 with German rule descriptions and locations naming file and element', async () => {
    const { code, out } = await gpm(['lint', `${DIR}/failing.bpmn`, `${DIR}/folder/b-broken.bpmn`, '--format', 'sarif']);
    expect(code).toBe(2);
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'end-event-required');
    expect(rule).toMatchObject({ name: 'MK-STR-02', defaultConfiguration: { level: 'error' } });
    expect(rule.shortDescription.text).toMatch(/[a-zäöüß]/);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'end-event-required');
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('end-event-required');
    expect(result.level).toBe('error');
    const location = result.locations[0];
    expect(location.physicalLocation.artifactLocation.uri).toBe(`${DIR}/failing.bpmn`);
    expect(location.physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(location.logicalLocations[0].fullyQualifiedName).toBe(result.properties.elementId);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('b-broken.bpmn');
  });

  it('should write JUnit XML with one testsuite per file, one testcase per rule and failures for findings', async () => {
    const { code, out } = await gpm(['lint', `${DIR}/failing.bpmn`, `${DIR}/clean.bpmn`, `${DIR}/folder/b-broken.bpmn`, '--format', 'junit']);
    expect(code).toBe(2);
    assertWellFormed(out);
    const suites: string[] = out.match(/<testsuite [^>]*>/g) ?? [];
    expect(suites).toHaveLength(3);
    expect(suites[0]).toContain(`name="${DIR}/failing.bpmn"`);
    expect(suites[0]).not.toContain('failures="0"');
    expect(suites[1]).toContain('failures="0"');
    expect(suites[2]).toContain('errors="1"');
    const failingSuite = out.slice(out.indexOf(suites[0]), out.indexOf(suites[1]));
    const cases = failingSuite.match(/<testcase /g) ?? [];
    expect(cases.length).toBeGreaterThan(5);
    expect(failingSuite).toMatch(/<testcase classname="[^"]*" name="MK-STR-02 end-event-required: [^"]+">\s*<failure message="1 Befund" type="error">/);
    expect(out).toMatch(/<error message="[^"]*b-broken\.bpmn[^"]*" type="unreadable"\/>/);
  });

  it('should refuse wrong calls with exit 2 and a German message', async () => {
    for (const args of [['lint'], ['lint', 'a.bpmn', '--profile', 'streng'], ['lint', 'a.bpmn', '--format', 'xml'], ['lint', 'a.bpmn', '--fail-on', 'info'], ['lint', 'a.bpmn', '--schnell'], ['lint', 'a.bpmn', '--format']]) {
      const { code, err } = await gpm(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain('Verwendung: gpm lint');
    }
    expect((await gpm(['lint', 'a.bpmn', '--profile', 'streng'])).err).toContain('Unbekanntes Profil „streng“ (erlaubt: basis, experte, soll, fim).');
  });

  it('should show its German usage with --help', async () => {
    const { code, out } = await gpm(['lint', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--fail-on <error|warning>');
  });
});
