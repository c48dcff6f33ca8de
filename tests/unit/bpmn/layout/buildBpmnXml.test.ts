import { describe, expect, it } from 'vitest';
import { buildBpmnXml } from '../../../../src/bpmn/layout/buildBpmnXml';
import { parseBpmn } from '../../../../src/bpmn/parseBpmn';
import type { ProcessSpec } from '../../../../src/domain/model/processSpec';
import { layoutProcess } from '../../../../src/bpmn/layout/layoutProcess';
import { contains, expectWellLaidOut, lintDiagram, onOutline, overlayingFlows, overlaps, readGeometry, segmentCrosses } from './diagramChecks';
import { wohngeldSpec } from './fixtureSpecs';

describe('buildBpmnXml', () => {
  it('should write a model whose parsed graph equals the spec (nodes, flows, lanes, attributes)', async () => {
    // given a spec with lanes, a loop, attributes, a black-box pool and an annotation
    const spec = wohngeldSpec();

    // when it is built and parsed again
    const parsed = await parseBpmn(await buildBpmnXml(spec), 'wohngeld.bpmn');

    // then the graph holds exactly the spec's content
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { graph, warnings } = parsed.value;
    expect(warnings).toEqual([]);
    expect(graph.hasDiagram).toBe(true);
    expect(graph.attributes).toEqual(spec.attributes);
    expect(graph.lanes.map((l) => ({ id: l.id, name: l.name }))).toEqual(spec.lanes.map((l) => ({ id: l.id, name: l.name })));
    const main = graph.nodes.filter((n) => n.processId === 'Process_Wohngeld');
    expect(main.map((n) => ({ id: n.id, type: n.type, name: n.name, laneId: n.laneId }))).toEqual(
      spec.nodes.map((n) => ({ id: n.id, type: n.type, name: n.name, laneId: n.laneId }))
    );
    for (const n of spec.nodes) expect(main.find((m) => m.id === n.id)?.attributes).toEqual(n.attributes);
    expect(main.find((n) => n.id === 'Start')?.eventDefinitions).toEqual(['Message']);
    const sequence = graph.flows.filter((f) => f.kind === 'sequence');
    expect(sequence.map((f) => ({ id: f.id, sourceId: f.sourceId, targetId: f.targetId, name: f.name || undefined, probability: f.probability }))).toEqual(
      spec.flows.map((f) => ({ id: f.id, sourceId: f.sourceId, targetId: f.targetId, name: f.name, probability: f.probability }))
    );
    expect(graph.flows.filter((f) => f.kind === 'message').map((f) => f.id)).toEqual(['MF_antrag', 'MF_bescheid']);
    expect(graph.participants.map((p) => [p.name, p.processId])).toEqual([
      ['Bezirksamt Neukölln – Wohngeldstelle', 'Process_Wohngeld'],
      ['Antragsteller/in', undefined]
    ]);
  });

  it('should write a lane\'s role reference as gpm:laneInfo', async () => {
    // given a lane with a role reference when built
    const xml = await buildBpmnXml(wohngeldSpec());

    // then the lane carries it in its extension elements
    expect(xml).toMatch(/<bpmn:lane id="Lane_sb" name="Sachbearbeitung">\s*<bpmn:extensionElements>\s*<gpm:laneInfo rolleRef="Sachbearbeitung Wohngeld" \/>/);
  });

  it('should lay out every node inside its lane without overlaps, with orthogonal docked flows, clean for bpmnlint DI rules', async () => {
    // given the Wohngeld spec
    const spec = wohngeldSpec();

    // when it is built
    const xml = await buildBpmnXml(spec);

    // then the diagram keeps every geometric promise
    await expectWellLaidOut(spec, xml);
  });

  it('should draw the pool, the black-box pool above it and the annotation with its association', async () => {
    // given the Wohngeld spec when built
    const g = await readGeometry(await buildBpmnXml(wohngeldSpec()));

    // then the black-box pool lies above the main pool, both equally wide, and the lanes fill the pool
    const pool = g.shapes.get('Participant_Process_Wohngeld')!;
    const external = g.shapes.get('Participant_antragsteller')!;
    expect(external.y + external.height).toBeLessThan(pool.y);
    expect(external.width).toBe(pool.width);
    const lanes = ['Lane_post', 'Lane_sb'].map((id) => g.shapes.get(id)!);
    expect(lanes[0].y).toBe(pool.y);
    expect(lanes[1].y).toBe(lanes[0].y + lanes[0].height);
    expect(lanes[1].y + lanes[1].height).toBe(pool.y + pool.height);
    // message flows run vertically between pool outline and node outline
    const antrag = g.edges.get('MF_antrag')!;
    expect(antrag[0]).toEqual({ x: antrag[1].x, y: external.y + external.height });
    expect(onOutline(antrag[1], g.shapes.get('Start')!)).toBe(true);
    expect(g.shapes.has('Annotation_1')).toBe(true);
    expect(g.edges.get('Annotation_1_association')).toHaveLength(2);
  });

  it('should draw the loop back to the merge gateway, entering it from below', async () => {
    // given the rework loop Unterlagen nachfordern → merge
    const g = await readGeometry(await buildBpmnXml(wohngeldSpec()));

    // when the back flow is read
    const back = g.edges.get('F7')!;
    const merge = g.shapes.get('G_merge')!;

    // then it leaves the task to the right and ends at the merge gateway's bottom corner
    expect(back[0].x).toBe(g.shapes.get('T_nachfordern')!.x + 100);
    expect(back[back.length - 1]).toEqual({ x: merge.x + 25, y: merge.y + 50 });
    expect(back[back.length - 2].y).toBeGreaterThan(g.shapes.get('T_nachfordern')!.y + 80);
  });

  it('should write the same XML for the same spec', async () => {
    // given one spec when built twice then the output is identical
    expect(await buildBpmnXml(wohngeldSpec())).toBe(await buildBpmnXml(wohngeldSpec()));
  });

  it('should let a caller adjust the geometry before it is written', async () => {
    // given an adjustment that widens a task (a typical hand-drawn slip)
    const xml = await buildBpmnXml(wohngeldSpec(), {
      adjustLayout: (layout, spec) => {
        layout.nodes[spec.nodes.findIndex((n) => n.id === 'T_pruefen')].width = 160;
      }
    });

    // when read back then the task has the changed size
    expect((await readGeometry(xml)).shapes.get('T_pruefen')!.width).toBe(160);
  });

  it('should make the DI checks report an overlap when a shape is moved onto another', async () => {
    // given a layout where one task is moved onto its neighbour
    const xml = await buildBpmnXml(wohngeldSpec(), {
      adjustLayout: (layout, spec) => {
        const i = spec.nodes.findIndex((n) => n.id === 'T_bescheid');
        const j = spec.nodes.findIndex((n) => n.id === 'G_vollstaendig');
        layout.nodes[i].x = layout.nodes[j].x + 20;
        layout.nodes[i].y = layout.nodes[j].y;
      }
    });

    // when linted then bpmnlint's rule finds both shapes
    const reports = await lintDiagram((await readGeometry(xml)).definitions);
    expect(reports['no-overlapping-elements']?.map((r) => r.id).sort()).toEqual(['G_vollstaendig', 'T_bescheid']);
  });

  it.each([
    ['a duplicate id', (s: ProcessSpec) => s.nodes.push({ ...s.nodes[0] }), /used twice|duplicate/],
    ['a flow to an unknown node', (s: ProcessSpec) => s.flows.push({ id: 'F9', sourceId: 'Start', targetId: 'Nirgendwo' }), /unknown node/],
    ['an id that is not an XML name', (s: ProcessSpec) => (s.nodes[1].id = '1 Aufgabe'), /not a valid XML id|unknown node/]
  ])('should throw on a spec with %s (a bug in the caller)', async (_case, spoil, message) => {
    // given a spoiled spec
    const spec = wohngeldSpec();
    spoil(spec);

    // when built then it throws
    await expect(buildBpmnXml(spec)).rejects.toThrow(message);
  });

  it('should lay out a spec without lanes in a pool without lanes', async () => {
    // given a spec without lanes
    const spec: ProcessSpec = {
      name: 'Hundesteuer anmelden',
      lanes: [],
      nodes: [
        { id: 'S', type: 'bpmn:StartEvent', name: 'Anmeldung eingegangen' },
        { id: 'T', type: 'bpmn:SubProcess', name: 'Anmeldung bearbeiten' },
        { id: 'E', type: 'bpmn:EndEvent', name: 'Steuerbescheid versandt' }
      ],
      flows: [
        { id: 'F1', sourceId: 'S', targetId: 'T' },
        { id: 'F2', sourceId: 'T', targetId: 'E' }
      ]
    };

    // when built
    const xml = await buildBpmnXml(spec);
    const g = await readGeometry(xml);

    // then there is a pool with the nodes inside, a collapsed sub-process, and no lane
    expect(xml).not.toContain('bpmn:laneSet');
    expect(xml).toContain('isExpanded="false"');
    const pool = g.shapes.get('Participant_Process_1')!;
    for (const id of ['S', 'T', 'E']) expect(contains(pool, g.shapes.get(id)!)).toBe(true);
    expect(await lintDiagram(g.definitions)).toEqual({});
  });
});

describe('buildBpmnXml routing details', () => {
  it('should not take a branch in and send one out through the same corner of a joining-and-splitting gateway', async () => {
    // given a gateway that joins a lower branch and splits into two branches
    const spec: ProcessSpec = {
      name: 'Test',
      lanes: [{ id: 'L', name: 'Sachbearbeitung' }],
      nodes: [
        { id: 'S', type: 'bpmn:StartEvent', name: 'Antrag eingegangen', laneId: 'L' },
        { id: 'G1', type: 'bpmn:ExclusiveGateway', name: 'Vollständig?', laneId: 'L' },
        { id: 'T1', type: 'bpmn:Task', name: 'Unterlagen nachfordern', laneId: 'L' },
        { id: 'G2', type: 'bpmn:ExclusiveGateway', name: 'Anspruch?', laneId: 'L' },
        { id: 'T2', type: 'bpmn:Task', name: 'Bescheid erstellen', laneId: 'L' },
        { id: 'T3', type: 'bpmn:Task', name: 'Ablehnung erstellen', laneId: 'L' },
        { id: 'E1', type: 'bpmn:EndEvent', name: 'Bewilligt', laneId: 'L' },
        { id: 'E2', type: 'bpmn:EndEvent', name: 'Abgelehnt', laneId: 'L' }
      ],
      flows: [
        { id: 'F1', sourceId: 'S', targetId: 'G1' },
        { id: 'F2', sourceId: 'G1', targetId: 'G2', name: 'ja' },
        { id: 'F3', sourceId: 'G1', targetId: 'T1', name: 'nein' },
        { id: 'F4', sourceId: 'T1', targetId: 'G2' },
        { id: 'F5', sourceId: 'G2', targetId: 'T2', name: 'ja' },
        { id: 'F6', sourceId: 'G2', targetId: 'T3', name: 'nein' },
        { id: 'F7', sourceId: 'T2', targetId: 'E1' },
        { id: 'F8', sourceId: 'T3', targetId: 'E2' }
      ]
    };

    // when built
    const g = await readGeometry(await buildBpmnXml(spec));
    const gw = g.shapes.get('G2')!;
    const bottomCorner = { x: gw.x + 25, y: gw.y + 50 };

    // then at most one of the flows touching G2 uses its bottom corner
    const touching = ['F4', 'F5', 'F6'].filter((id) => {
      const p = g.edges.get(id)!;
      return [p[0], p[p.length - 1]].some((q) => q.x === bottomCorner.x && q.y === bottomCorner.y);
    });
    expect(touching.length).toBeLessThanOrEqual(1);
    await expectWellLaidOut(spec, await buildBpmnXml(spec));
  });

  it('should route a message flow around shapes that lie between the pool and its node', async () => {
    // given the Wohngeld spec where the rework task lies below the branch row
    const spec = wohngeldSpec();
    spec.messageFlows!.push({ id: 'MF_nachforderung', sourceId: 'T_nachfordern', targetId: 'Participant_antragsteller', name: 'Nachforderung' });

    // when built
    const g = await readGeometry(await buildBpmnXml(spec));

    // then the message flow crosses no other node
    const points = g.edges.get('MF_nachforderung')!;
    for (const n of spec.nodes.filter((x) => x.id !== 'T_nachfordern')) {
      for (let i = 1; i < points.length; i++) expect(segmentCrosses(points[i - 1], points[i], g.shapes.get(n.id)!), n.id).toBe(false);
    }
    expect(onOutline(points[0], g.shapes.get('T_nachfordern')!)).toBe(true);
  });

  it('should give each branch of a split its own corner: the far branch the bottom, the near one the right side', async () => {
    // given a split whose two branches both go down into the lane below, plus the rework loop spec
    const spec: ProcessSpec = {
      name: 'Test',
      lanes: [{ id: 'L1', name: 'Sachbearbeitung' }, { id: 'L2', name: 'Teamleitung' }],
      nodes: [
        { id: 'S', type: 'bpmn:StartEvent', name: 'Antrag eingegangen', laneId: 'L1' },
        { id: 'G', type: 'bpmn:ExclusiveGateway', name: 'Sonderfall?', laneId: 'L1' },
        { id: 'A', type: 'bpmn:Task', name: 'Fall prüfen', laneId: 'L2' },
        { id: 'B', type: 'bpmn:Task', name: 'Fall vorlegen', laneId: 'L2' },
        { id: 'J', type: 'bpmn:ExclusiveGateway', name: '', laneId: 'L1' },
        { id: 'E', type: 'bpmn:EndEvent', name: 'Fall entschieden', laneId: 'L1' }
      ],
      flows: [
        { id: 'F1', sourceId: 'S', targetId: 'G' },
        { id: 'F2', sourceId: 'G', targetId: 'A', name: 'ja' },
        { id: 'F3', sourceId: 'G', targetId: 'B', name: 'nein' },
        { id: 'F4', sourceId: 'A', targetId: 'J' },
        { id: 'F5', sourceId: 'B', targetId: 'J' },
        { id: 'F6', sourceId: 'J', targetId: 'E' }
      ]
    };

    // when built
    const xml = await buildBpmnXml(spec);
    const g = await readGeometry(xml);

    // then no two flows share a segment, and only the branch to the lower row leaves at the bottom
    expect(overlayingFlows(g.edges, spec.flows.map((f) => f.id))).toEqual([]);
    const gw = g.shapes.get('G')!;
    const leavesBottom = (id: string) => g.edges.get(id)![0].y === gw.y + gw.height;
    const far = g.shapes.get('A')!.y > g.shapes.get('B')!.y ? 'F2' : 'F3';
    expect(['F2', 'F3'].filter(leavesBottom)).toEqual([far]);
    await expectWellLaidOut(spec, xml);
  });

  it('should route the Wohngeld fixture without two flows sharing a segment', async () => {
    const spec = wohngeldSpec();
    const g = await readGeometry(await buildBpmnXml(spec));
    expect(overlayingFlows(g.edges, spec.flows.map((f) => f.id))).toEqual([]);
  });

  it('should keep labels of branches that leave one point apart', async () => {
    // given a task with two labelled outgoing flows (an implicit split)
    const spec: ProcessSpec = {
      name: 'Test',
      lanes: [{ id: 'L', name: 'Bürgeramt' }],
      nodes: [
        { id: 'S', type: 'bpmn:StartEvent', name: 'Antrag gestellt', laneId: 'L' },
        { id: 'T', type: 'bpmn:Task', name: 'Formular prüfen', laneId: 'L' },
        { id: 'A', type: 'bpmn:EndEvent', name: 'Ausgestellt', laneId: 'L' },
        { id: 'B', type: 'bpmn:EndEvent', name: 'Abgelehnt', laneId: 'L' }
      ],
      flows: [
        { id: 'F1', sourceId: 'S', targetId: 'T' },
        { id: 'F2', sourceId: 'T', targetId: 'A', name: 'Voraussetzungen erfüllt' },
        { id: 'F3', sourceId: 'T', targetId: 'B', name: 'Voraussetzungen fehlen' }
      ]
    };

    // when laid out
    const layout = layoutProcess(spec);

    // then the two flow labels do not overlap
    expect(overlaps(layout.flowLabels[1]!, layout.flowLabels[2]!)).toBe(false);
  });
});
