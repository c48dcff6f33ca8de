/**
 * The plugin works with the stock `bpmnlint` command: a `.bpmnlintrc` that extends
 * `plugin:gpm/basis` and loads the gpm moddle extension lints a folder of fixtures and prints
 * German findings (what the README shows for `samples/`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/conventions/cli');
const BPMNLINT = join(ROOT, 'node_modules/bpmnlint/bin/bpmnlint.js');

const work = mkdtempSync(join(tmpdir(), 'gpm-bpmnlint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(files: string[]) {
  return spawnSync(process.execPath, [BPMNLINT, ...files], { cwd: work, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
}

describe('stock bpmnlint CLI with plugin:gpm/basis', () => {
  // a project folder that has the plugin installed (node_modules) and the documented .bpmnlintrc
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  writeFileSync(join(work, '.bpmnlintrc'), JSON.stringify({
    extends: 'plugin:gpm/basis',
    moddleExtensions: { gpm: 'bpmnlint-plugin-gpm/moddle/gpm.json' }
  }));
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(work, f));

  it('given a model without end event, when bpmnlint runs, then should print the German finding and fail', () => {
    const result = run(['wohngeld-ohne-ende.bpmn']);
    expect(result.stderr).not.toMatch(/unknown rule|unknown config|failed with error/);
    expect(result.stdout).toContain('Der Pool „Bezirksamt Mitte“ hat kein Endereignis');
    expect(result.stdout).toContain('gpm/end-event-required');
    expect(result.status).toBe(1);
  });

  it('given the typed Steckbrief of the fixture, when bpmnlint runs with the moddle extension, then should not ask for it again', () => {
    const result = run(['wohngeld-ohne-ende.bpmn']);
    expect(result.stdout).not.toContain('hat keinen Prozesssteckbrief');
    expect(result.stdout).not.toContain('nennt keine Rechtsgrundlage');
  });

  it('given the whole fixture folder, when bpmnlint runs, then should lint every file', () => {
    const result = run(['*.bpmn']);
    expect(result.stdout).toContain('meldebescheinigung.bpmn');
    expect(result.stdout).toContain('wohngeld-ohne-ende.bpmn');
    expect(result.stdout).toContain('hat keinen Prozesssteckbrief');
  });
});
