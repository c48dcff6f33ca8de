import { ruleTable } from '../helpers/conventionTable';

const LINEAR = `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag geprüft"
S1 -> T1 -> E1
`;

ruleTable('start-event-required', [
  { given: 'a process with a start event', model: LINEAR, expect: [] },
  {
    given: 'a pool without a start event',
    model: `
pool P1 "Bezirksamt"
task T1 "Antrag prüfen"
end E1
T1 -> E1`,
    expect: ['P1'],
    messages: ['Der Pool „Bezirksamt“ hat kein Startereignis']
  },
  {
    given: 'an expanded sub-process without start event and an empty black-box pool process',
    model: `
start S1
sub SP1 "Antrag prüfen" expanded {
  task T2 "Unterlagen sichten"
  end E2
  T2 -> E2
}
end E1
S1 -> SP1 -> E1`,
    expect: ['SP1']
  },
  {
    given: 'a collapsed placeholder sub-process without content',
    model: `
start S1
sub SP1 "Antrag prüfen"
end E1
S1 -> SP1 -> E1`,
    expect: []
  }
]);

ruleTable('end-event-required', [
  { given: 'a process with an end event', model: LINEAR, expect: [] },
  {
    given: 'a process without an end event',
    model: `
process Proc1 "Antrag bearbeiten"
start S1
task T1 "Antrag prüfen"
S1 -> T1`,
    expect: ['Proc1'],
    messages: ['Der Prozess „Antrag bearbeiten“ hat kein Endereignis']
  }
]);

ruleTable('no-implicit-start-end', [
  { given: 'paths from start to end', model: LINEAR, expect: [] },
  {
    given: 'a task without incoming flow and one without outgoing flow',
    model: `
start S1
task T1 "Antrag prüfen"
task T2 "Akte anlegen"
task T3 "Bescheid versenden"
end E1
S1 -> T1 -> E1
T2 -> E1
T1 -> T3`,
    expect: ['T2', 'T3']
  }
]);

ruleTable('no-disconnected', [
  { given: 'connected elements', model: LINEAR, expect: [] },
  {
    given: 'a task without any flow',
    model: `${LINEAR}
task T9 "Vermerk schreiben"`,
    expect: ['T9'],
    messages: ['nicht über Sequenzflüsse']
  }
]);

ruleTable('single-outgoing-flow', [
  { given: 'one outgoing flow per activity', model: LINEAR, expect: [] },
  {
    given: 'an activity with a conditional and a default flow and a start event with two flows',
    model: `
start S1
task T1 "Antrag prüfen"
task T2 "Bescheid erstellen"
task T3 "Ablehnung erstellen"
end E1
S1 -> T1
S1 -> T2
T1 -> T2 cond
T1 -> T3 default
T2 -> E1
T3 -> E1`,
    expect: ['S1', 'T1']
  }
]);

ruleTable('explicit-merge', [
  {
    given: 'branches merged by a gateway',
    model: `
start S1
xor G1 "Vollständig?"
task T1 "Antrag prüfen"
task T2 "Unterlagen nachfordern"
xor G2
task T3 "Bescheid erstellen"
end E1
S1 -> G1
G1 -> T1 "Ja"
G1 -> T2 "Nein"
T1 -> G2
T2 -> G2
G2 -> T3 -> E1`,
    expect: []
  },
  {
    given: 'exclusive branches entering a task directly',
    model: `
start S1
xor G1 "Vollständig?"
task T1 "Antrag prüfen"
task T2 "Unterlagen nachfordern"
task T3 "Bescheid erstellen"
end E1
S1 -> G1
G1 -> T1 "Ja"
G1 -> T2 "Nein"
T1 -> T3
T2 -> T3
T3 -> E1`,
    expect: ['T3'],
    messages: ['2 eingehende Sequenzflüsse']
  },
  {
    given: 'the same XOR merge into a task with allowImplicitXorMerge',
    model: `
start S1
xor G1 "Vollständig?"
task T1 "Antrag prüfen"
task T2 "Unterlagen nachfordern"
task T3 "Bescheid erstellen"
end E1
S1 -> G1
G1 -> T1 "Ja"
G1 -> T2 "Nein"
T1 -> T3
T2 -> T3
T3 -> E1`,
    config: { allowImplicitXorMerge: true },
    expect: []
  },
  {
    given: 'parallel branches entering a task directly with allowImplicitXorMerge',
    model: `
start S1
and G1
task T1 "Antrag prüfen"
task T2 "Akte anlegen"
task T3 "Bescheid erstellen"
end E1
S1 -> G1
G1 -> T1
G1 -> T2
T1 -> T3
T2 -> T3
T3 -> E1`,
    config: { allowImplicitXorMerge: true },
    expect: ['T3']
  }
]);

const ANDSPLIT = (join: string) => `
start S1
and G1
task T1 "Antrag prüfen"
task T2 "Akte anlegen"
${join} G2
task T3 "Bescheid erstellen"
end E1
S1 -> G1
G1 -> T1
G1 -> T2
T1 -> G2
T2 -> G2
G2 -> T3 -> E1`;

ruleTable('parallel-split-joined', [
  { given: 'a parallel split joined by a parallel gateway', model: ANDSPLIT('and'), expect: [] },
  {
    given: 'a parallel split joined by an exclusive gateway',
    model: ANDSPLIT('xor'),
    expect: ['G1'],
    messages: ['verzweigt parallel', 'beim exklusiven Gateway']
  },
  {
    given: 'a parallel split whose branches meet in an activity',
    model: `
start S1
and G1
task T1 "Antrag prüfen"
task T2 "Akte anlegen"
task T3 "Bescheid erstellen"
end E1
S1 -> G1
G1 -> T1
G1 -> T2
T1 -> T3
T2 -> T3
T3 -> E1`,
    expect: ['G1']
  },
  {
    given: 'a parallel split whose branches end in their own end events',
    model: `
start S1
and G1
task T1 "Bescheid versenden"
task T2 "Statistik melden"
end E1 "Bescheid versandt"
end E2 "Statistik gemeldet"
S1 -> G1
G1 -> T1 -> E1
G1 -> T2 -> E2`,
    expect: []
  },
  {
    given: 'three branches: two joined in parallel, one ending separately',
    model: `
start S1
and G1
task T1 "Bescheid erstellen"
task T2 "Akte anlegen"
task T4 "Statistik melden"
and G2
task T3 "Bescheid versenden"
end E1
end E2
S1 -> G1
G1 -> T1
G1 -> T2
G1 -> T4 -> E2
T1 -> G2
T2 -> G2
G2 -> T3 -> E1`,
    expect: []
  },
  {
    given: 'two branches ending separately after meeting in an exclusive gateway',
    model: `
start S1
and G1
task T1 "Bescheid erstellen"
task T2 "Akte anlegen"
task T4 "Statistik melden"
xor G3
end E1
end E2
S1 -> G1
G1 -> T1
G1 -> T2
G1 -> T4 -> E2
T1 -> G3
T2 -> G3
G3 -> E1`,
    expect: ['G1'],
    messages: ['treffen sich aber beim exklusiven Gateway']
  }
]);

ruleTable('gateway-split-or-join', [
  { given: 'separate split and join gateways', model: ANDSPLIT('and'), expect: [] },
  {
    given: 'a gateway that joins and splits',
    model: `
start S1
start S2
xor G1 "Art?"
task T1
task T2
end E1
end E2
S1 -> G1
S2 -> G1
G1 -> T1 -> E1
G1 -> T2 -> E2`,
    expect: ['G1']
  }
]);

ruleTable('gateway-meaningful', [
  {
    given: 'an event-based gateway followed by two catch events',
    model: `
start S1
task T0 "Unterlagen anfordern"
evgw G1
catch C1 "Unterlagen eingegangen" message
catch C2 "Frist abgelaufen" timer
end E1
end E2
S1 -> T0 -> G1
G1 -> C1 -> E1
G1 -> C2 -> E2`,
    expect: []
  },
  {
    given: 'an event-based gateway followed by a task, and a superfluous gateway',
    model: `
start S1
xor G0
evgw G1
catch C1 "Unterlagen eingegangen" message
task T1 "Erinnerung senden"
end E1
end E2
S1 -> G0 -> G1
G1 -> C1 -> E1
G1 -> T1 -> E2`,
    expect: ['G0', 'G1'],
    messages: ['es führt aber zu „Erinnerung senden“', 'überflüssig']
  },
  {
    given: 'an event-based gateway with only one outgoing flow',
    model: `
start S1
evgw G1
catch C1 "Unterlagen eingegangen" message
end E1
S1 -> G1 -> C1 -> E1`,
    expect: ['G1']
  }
]);

ruleTable('activity-before-decision', [
  {
    given: 'a decision after a checking activity',
    model: `
start S1
task T1 "Antrag prüfen"
xor G1 "Vollständig?"
end E1
end E2
S1 -> T1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"`,
    expect: []
  },
  {
    given: 'a decision directly after the start event, also through a merge gateway',
    model: `
start S1 "Antrag eingegangen"
xor M1
xor G1 "Vollständig?"
task T1 "Unterlagen nachfordern"
end E1
S1 -> M1 -> G1
G1 -> E1 "Ja"
G1 -> T1 "Nein"
T1 -> M1`,
    expect: ['G1'],
    messages: ['das Startereignis „Antrag eingegangen“']
  },
  {
    given: 'a decision after a milestone event that follows the checking activity',
    model: `
start S1
task T1 "Antrag prüfen"
throw M1 "Prüfung abgeschlossen"
xor G1 "Vollständig?"
end E1
end E2
S1 -> T1 -> M1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"`,
    expect: []
  },
  {
    given: 'a decision right after a message event',
    model: `
start S1
task T0 "Unterlagen anfordern"
catch C1 "Unterlagen eingegangen" message
xor G1 "Vollständig?"
end E1
end E2
S1 -> T0 -> C1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"`,
    expect: ['G1']
  },
  {
    given: 'a parallel split after an event (not a decision)',
    model: `
start S1
and G1
task T1
task T2
and G2
end E1
S1 -> G1
G1 -> T1 -> G2
G1 -> T2 -> G2
G2 -> E1`,
    expect: []
  }
]);

const chain = (n: number) => {
  const lines = ['start S1', 'task T0 "Antrag prüfen"', 'end EX'];
  for (let i = 1; i <= n; i++) lines.push(`xor G${i} "Frage ${i}?"`, `end E${i}`);
  lines.push('S1 -> T0 -> G1');
  for (let i = 1; i <= n; i++) {
    lines.push(`G${i} -> E${i} "Nein"`);
    lines.push(i < n ? `G${i} -> G${i + 1} "Ja"` : `G${i} -> EX "Ja"`);
  }
  return lines.join('\n');
};

ruleTable('decision-chain-limit', [
  { given: 'two decisions in a row', model: chain(2), expect: [] },
  { given: 'three decisions in a row', model: chain(3), expect: ['G1'], messages: ['Kette von 3'] },
  { given: 'three decisions in a row with maxChain 3', model: chain(3), config: { maxChain: 3 }, expect: [] }
]);

ruleTable('start-events-merged', [
  {
    given: 'two typed start events merged by a gateway',
    model: `
start S1 "Antrag online eingegangen" message
start S2 "Antrag per Post eingegangen" message
xor G1
task T1 "Antrag prüfen"
end E1
S1 -> G1
S2 -> G1
G1 -> T1 -> E1`,
    expect: []
  },
  {
    given: 'two start events leading to the same first task',
    model: `
start S1 "Antrag online eingegangen" message
start S2 "Frist erreicht" timer
task T1 "Antrag prüfen"
end E1
S1 -> T1
S2 -> T1
T1 -> E1`,
    expect: []
  },
  {
    given: 'two blank start events on separate paths',
    model: `
start S1 "Antrag eingegangen"
start S2 "Widerspruch eingegangen"
task T1 "Antrag prüfen"
task T2 "Widerspruch prüfen"
end E1
end E2
S1 -> T1 -> E1
S2 -> T2 -> E2`,
    expect: ['Process_1', 'S2'],
    severities: { S2: 'warning' }
  },
  {
    given: 'three start events, two meeting and one separate',
    model: `
start S1 "A" message
start S2 "B" message
start S3 "C" timer
task T1 "Antrag prüfen"
task T2 "Statistik melden"
end E1
end E2
S1 -> T1
S2 -> T1
T1 -> E1
S3 -> T2 -> E2`,
    expect: ['S3']
  }
]);

ruleTable('subprocess-end-states-tested', [
  {
    given: 'a collapsed sub-process with two end states tested by a gateway with matching gates',
    model: `
start S1
sub SP1 "Antrag prüfen" {
  start S2
  xor G2 "Vollständig?"
  end E2 "Antrag vollständig"
  end E3 "Antrag unvollständig"
  S2 -> G2
  G2 -> E2 "Ja"
  G2 -> E3 "Nein"
}
xor G1 "Ergebnis?"
end E1
end E4
S1 -> SP1 -> G1
G1 -> E1 "Antrag vollständig"
G1 -> E4 "Antrag unvollständig"`,
    expect: []
  },
  {
    given: 'a collapsed sub-process with two end states followed by a task',
    model: `
start S1
sub SP1 "Antrag prüfen" {
  start S2
  xor G2 "Vollständig?"
  end E2 "Antrag vollständig"
  end E3 "Antrag unvollständig"
  S2 -> G2
  G2 -> E2 "Ja"
  G2 -> E3 "Nein"
}
task T1 "Bescheid erstellen"
end E1
S1 -> SP1 -> T1 -> E1`,
    expect: ['SP1']
  },
  {
    given: 'a gateway after a called process whose gates do not name the end states',
    model: `
process Main
start S1
call CA1 "Antrag prüfen" called=Sub
xor G1 "Ergebnis?"
end E1
end E4
S1 -> CA1 -> G1
G1 -> E1 "Ja"
G1 -> E4 "Nein"
process Sub "Antrag prüfen"
start S2
xor G2 "Vollständig?"
end E2 "Antrag vollständig"
end E3 "Antrag unvollständig"
S2 -> G2
G2 -> E2 "Ja"
G2 -> E3 "Nein"`,
    expect: ['CA1']
  },
  {
    given: 'the same with the Stuttgart style',
    model: `
process Main
start S1
call CA1 "Antrag prüfen" called=Sub
xor G1 "Ergebnis?"
end E1
end E4
S1 -> CA1 -> G1
G1 -> E1 "Ja"
G1 -> E4 "Nein"
process Sub "Antrag prüfen"
start S2
xor G2 "Vollständig?"
end E2 "Antrag vollständig"
end E3 "Antrag unvollständig"
S2 -> G2
G2 -> E2 "Ja"
G2 -> E3 "Nein"`,
    config: { style: 'lhs' },
    expect: []
  },
  {
    given: 'a call activity whose process is not in the file',
    model: `
start S1
call CA1 "Antrag prüfen" called=Elsewhere
end E1
S1 -> CA1 -> E1`,
    expect: []
  }
]);

ruleTable('loop-has-exit', [
  {
    given: 'a rework loop with an exclusive exit',
    model: `
start S1
xor M1
task T1 "Antrag prüfen"
xor G1 "Vollständig?"
task T2 "Unterlagen nachfordern"
end E1
S1 -> M1 -> T1 -> G1
G1 -> E1 "Ja"
G1 -> T2 "Nein"
T2 -> M1`,
    expect: []
  },
  {
    given: 'a loop without any exit',
    model: `
start S1
xor M1
task T1 "Antrag prüfen"
task T2 "Unterlagen nachfordern"
S1 -> M1 -> T1 -> T2 -> M1`,
    expect: ['M1'],
    messages: ['Endlosschleife']
  },
  {
    given: 'a retry loop through a boundary event, left by the normal completion',
    model: `
start S1
xor M1
servicetask T1 "Schriftstück speichern"
boundary B1 "Fehler" on=T1 error
usertask T2 "Neue Sachbearbeitung auswählen"
end E1
S1 -> M1 -> T1 -> E1
B1 -> T2 -> M1`,
    expect: []
  },
  {
    given: 'a loop left only through a parallel gateway',
    model: `
start S1
xor M1
task T1 "Antrag prüfen"
and G1
task T2 "Statistik melden"
end E1
S1 -> M1 -> T1 -> G1
G1 -> M1
G1 -> T2 -> E1`,
    expect: ['M1'],
    messages: ['nicht über ein exklusives']
  }
]);

ruleTable('split-join-matching', [
  { given: 'a parallel split joined in parallel', model: ANDSPLIT('and'), expect: [] },
  {
    given: 'an exclusive split joined by a parallel gateway',
    model: `
start S1
task T0 "Antrag prüfen"
xor G1 "Vollständig?"
task T1 "Bescheid erstellen"
task T2 "Ablehnung erstellen"
and G2
end E1
S1 -> T0 -> G1
G1 -> T1 "Ja"
G1 -> T2 "Nein"
T1 -> G2
T2 -> G2
G2 -> E1`,
    expect: ['G1'],
    messages: ['Verklemmung']
  },
  {
    given: 'an exclusive split with one ending branch whose other branches merge before a parallel block',
    model: `
start S1
task T0 "Antrag prüfen"
xor G1 "Antragsart?"
task T1 "Person identifizieren"
task T2 "Vertretung prüfen"
xor G2 "Vertretung nachgewiesen?"
end E9 "Antrag abgelehnt"
xor M1
and P1
task T3 "Daten erfassen"
task T4 "Risiko bewerten"
and P2
end E1
S1 -> T0 -> G1
G1 -> T1 "Person"
G1 -> T2 "Unternehmen"
T2 -> G2
G2 -> M1 "Ja"
G2 -> E9 "Nein"
T1 -> M1
M1 -> P1
P1 -> T3 -> P2
P1 -> T4 -> P2
P2 -> E1`,
    expect: []
  },
  {
    given: 'a parallel split joined by an exclusive gateway (reported by MK-STR-07 only)',
    model: ANDSPLIT('xor'),
    expect: []
  },
  {
    given: 'an inclusive split merged by an exclusive gateway',
    model: `
start S1
task T0 "Antrag prüfen"
or G1 "Welche Nachweise?"
task T1 "Meldebescheinigung anfordern"
task T2 "Einkommensnachweis anfordern"
xor G2
end E1
S1 -> T0 -> G1
G1 -> T1 "Wohnsitz"
G1 -> T2 "Einkommen"
T1 -> G2
T2 -> G2
G2 -> E1`,
    expect: ['G1'],
    messages: ['fehlende Synchronisation']
  }
]);

ruleTable('bpmn-correctness', [
  { given: 'a correct model', model: LINEAR, expect: [] },
  {
    given: 'an event with two definitions, a lone link event and duplicate flows',
    model: `
start S1 message timer
task T1 "Antrag prüfen"
throw L1 "Weiter" link=Weiter
end E1
S1 -> T1 id=F1
S1 -> T1 id=F2
T1 -> L1
T1 -> E1`,
    expect: ['F2', 'L1', 'S1', 'T1']
  },
  {
    given: 'two unnamed message definitions used by events',
    model: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D1">
  <bpmn:message id="Msg1" /><bpmn:message id="Msg2" />
  <bpmn:process id="P1"><bpmn:startEvent id="S1"><bpmn:outgoing>F1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="Msg1" /></bpmn:startEvent>
  <bpmn:endEvent id="E1"><bpmn:incoming>F1</bpmn:incoming><bpmn:messageEventDefinition messageRef="Msg2" /></bpmn:endEvent>
  <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="E1" /></bpmn:process></bpmn:definitions>`,
    expect: ['Msg1', 'Msg2'],
    messages: ['hat keinen Namen']
  },
  {
    given: 'an unused message definition (warning hint)',
    model: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D1">
  <bpmn:message id="Msg1" name="Antrag" />
  <bpmn:process id="P1"><bpmn:startEvent id="S1"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent><bpmn:endEvent id="E1"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
  <bpmn:sequenceFlow id="F1" sourceRef="S1" targetRef="E1" /></bpmn:process></bpmn:definitions>`,
    expect: ['Msg1'],
    severities: { Msg1: 'warning' },
    messages: ['wird von keinem Element verwendet']
  }
]);

ruleTable('diagram-interchange-complete', [
  { given: 'a model with complete DI', model: LINEAR, expect: [] },
  {
    given: 'a task without a shape',
    model: `
start S1
task T1 "Antrag prüfen" nodi
end E1
S1 -> T1 -> E1`,
    expect: ['T1']
  }
]);
