import { ruleTable } from '../helpers/conventionTable';

const tasks = (n: number) => {
  const lines = ['pool P1 "Bezirksamt"', 'start S1'];
  for (let i = 1; i <= n; i++) lines.push(`task T${i} "Schritt ${i} ausführen"`);
  lines.push('end E1');
  lines.push(['S1', ...Array.from({ length: n }, (_, i) => `T${i + 1}`), 'E1'].join(' -> '));
  return lines.join('\n');
};

ruleTable('model-size', [
  { given: 'a process level with 8 activities', model: tasks(8), expect: [] },
  { given: 'a process level with 12 activities', model: tasks(12), expect: ['P1'], severities: { P1: 'info' } },
  { given: 'a process level with 16 activities', model: tasks(16), expect: ['P1'], severities: { P1: undefined }, messages: ['16 Aktivitäten'] },
  {
    given: 'a diagram wider than DIN A3 at 50 %',
    model: `
start S1 pos=100,100
task T1 "Antrag prüfen" pos=2000,100
end E1 pos=3400,100
S1 -> T1 -> E1`,
    expect: ['Process_1'],
    severities: { Process_1: 'info' },
    messages: ['DIN A3']
  }
]);

// S1 (100,100) → T1 (200,80) → E1 (400,100), straight flows left to right
const STRAIGHT = `
start S1 pos=100,100
task T1 "Antrag prüfen" pos=200,78
end E1 pos=400,100
S1 -> T1 id=F1 wp="136,118 200,118"
T1 -> E1 id=F2 wp="300,118 400,118"
`;

ruleTable('left-to-right-flow', [
  { given: 'flows running left to right', model: STRAIGHT, expect: [] },
  {
    given: 'an end event placed left of its task and a flow entering a task from the right',
    model: `
start S1 pos=500,100
task T1 "Antrag prüfen" pos=200,78
end E1 pos=100,100
S1 -> T1 id=F1 wp="500,118 300,118"
T1 -> E1 id=F2 wp="200,118 136,118"`,
    expect: ['F1', 'F2'],
    messages: ['führt nach links zurück', 'mündet von rechts']
  },
  {
    given: 'a rework loop flowing back to the left',
    model: `
start S1 pos=100,100
xor M1 pos=180,93
task T1 "Antrag prüfen" pos=260,78
xor G1 "Vollständig?" pos=400,93
task T2 "Unterlagen nachfordern" pos=500,200
end E1 pos=600,100
S1 -> M1 wp="136,118 180,118"
M1 -> T1 wp="230,118 260,118"
T1 -> G1 wp="360,118 400,118"
G1 -> E1 "Ja" wp="450,118 600,118"
G1 -> T2 "Nein" wp="425,143 425,240 500,240"
T2 -> M1 id=Back wp="550,280 550,300 205,300 205,143"`,
    expect: []
  },
  {
    given: 'a task left downwards while strict activity sides apply',
    model: `
start S1 pos=100,100
task T1 "Antrag prüfen" pos=200,78
end E1 pos=400,300
S1 -> T1 wp="136,118 200,118"
T1 -> E1 id=F2 wp="250,158 250,318 400,318"`,
    expect: ['F2'],
    messages: ['nach unten statt nach rechts']
  },
  {
    given: 'a message flow docking at the side of a task',
    model: `
pool P1 "Bezirksamt" pos=40,40,700,200
start S1 pos=100,100
task T1 "Bescheid versenden" pos=200,78
end E1 pos=400,100
S1 -> T1 wp="136,118 200,118"
T1 -> E1 wp="300,118 400,118"
pool P2 "Antragsteller" blackbox pos=40,300,700,60
T1 ~> P2 "Bescheid" id=MF1 wp="300,130 320,130 320,300"`,
    expect: ['MF1'],
    messages: ['Nachrichtenflüsse docken oben oder unten an']
  }
]);

ruleTable('no-overlapping-elements', [
  { given: 'shapes apart', model: STRAIGHT, expect: [] },
  {
    given: 'two tasks on top of each other',
    model: `
start S1 pos=100,100
task T1 "Antrag prüfen" pos=200,78
task T2 "Akte anlegen" pos=250,90
end E1 pos=400,100
S1 -> T1 -> T2 -> E1`,
    expect: ['T1', 'T2'],
    messages: ['überlappt ein anderes Element']
  }
]);

ruleTable('standard-size', [
  { given: 'default sizes', model: STRAIGHT, expect: [] },
  {
    given: 'an enlarged task',
    model: `
start S1
task T1 "Antrag prüfen" pos=200,78,150,80
end E1
S1 -> T1 -> E1`,
    expect: ['T1'],
    messages: ['Standardgröße 100×80']
  },
  {
    given: 'an enlarged task matching a configured ADONIS size',
    model: `
start S1
task T1 "Antrag prüfen" pos=200,78,150,80
end E1
S1 -> T1 -> E1`,
    config: { sizes: { 'bpmn:Task': { width: 150, height: 80 } } },
    expect: []
  }
]);

ruleTable('edge-routing', [
  { given: 'orthogonal flows without crossings', model: STRAIGHT, expect: [] },
  {
    given: 'an oblique flow running through a task',
    model: `
start S1 pos=100,100
task T1 "Antrag prüfen" pos=200,78
end E1 pos=400,300
task T9 "Akte anlegen" pos=250,200
S1 -> T1 id=F1 wp="136,118 200,118"
T1 -> E1 id=F2 wp="250,158 400,318"
T9 -> E1 id=F3 wp="350,240 380,240 380,300 400,310"`,
    expect: ['F2', 'F3'],
    messages: ['läuft durch „Akte anlegen“', 'ist nicht rechtwinklig geführt']
  },
  {
    given: 'two crossing flows',
    model: `
start S1 pos=100,100
start S2 pos=100,300
task T1 "A" pos=400,78
task T2 "B" pos=400,278
end E1 pos=600,100
S1 -> T2 id=F1 wp="136,118 250,118 250,318 400,318"
S2 -> T1 id=F2 wp="136,318 200,318 200,200 300,200 300,118 400,118"
T1 -> E1 wp="500,118 600,118"
T2 -> E1 wp="500,318 618,318 618,136"`,
    expect: ['F1', 'F2'],
    messages: ['kreuzt einen anderen Fluss']
  },
  {
    given: 'two flows into a task sharing one docking point and overlaying',
    model: `
start S1 pos=100,100
start S2 pos=100,300
task T1 "Antrag prüfen" pos=400,78
end E1 pos=600,100
S1 -> T1 id=F1 wp="136,118 400,118"
S2 -> T1 id=F2 wp="136,318 300,318 300,118 400,118"
T1 -> E1 wp="500,118 600,118"`,
    expect: ['F1', 'F2'],
    messages: ['teilt seinen Anschlusspunkt', 'überlagert einen anderen Fluss']
  },
  {
    given: 'the same with overlay and docking checks switched off',
    model: `
start S1 pos=100,100
start S2 pos=100,300
task T1 "Antrag prüfen" pos=400,78
end E1 pos=600,100
S1 -> T1 id=F1 wp="136,118 400,118"
S2 -> T1 id=F2 wp="136,318 300,318 300,118 400,118"
T1 -> E1 wp="500,118 600,118"`,
    config: { checkOverlay: false, checkSharedDocking: false },
    expect: []
  }
]);

ruleTable('colour-scheme', [
  { given: 'an uncoloured diagram', model: STRAIGHT, expect: [] },
  { given: 'tool default colours white and black', model: 'start S1 fill=#FFF stroke=black\nend E1\nS1 -> E1', expect: [] },
  {
    given: 'a red task and a coloured flow',
    model: `
start S1
task T1 "Antrag prüfen" fill=#ffcdd2 stroke=#e53935
end E1
S1 -> T1
T1 -> E1 id=F2 stroke=#1e88e5`,
    expect: ['F2', 'T1'],
    messages: ['#ffcdd2, #e53935']
  },
  {
    given: 'a pool colour allowed by the colour scheme',
    model: `
pool P1 "Bezirksamt" fill=#dae8fc
start S1
end E1
S1 -> E1`,
    config: { allowedColours: { 'bpmn:Participant': ['#DAE8FC'] } },
    expect: []
  }
]);
