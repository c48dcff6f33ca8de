import { ruleTable } from '../helpers/conventionTable';

const SIMPLE = `
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag geprüft"
S1 -> T1 -> E1
`;

ruleTable('palette-allowed-elements', [
  { given: 'a model with basic elements only', model: SIMPLE, expect: [] },
  {
    given: 'a boundary event, a transaction and a loop marker',
    model: `
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen" loop
boundary B1 "Frist abgelaufen" on=T1 timer
transaction TX1 "Zahlung abwickeln" {
}
end E1 "Antrag geprüft"
end E2 "Frist versäumt"
S1 -> T1 -> TX1 -> E1
B1 -> E2`,
    expect: ['B1', 'T1', 'TX1']
  },
  {
    given: 'an event sub-process and an expanded sub-process',
    model: `
start S1 "Antrag eingegangen"
sub SP1 "Antrag prüfen" expanded {
  start S2
  end E2
  S2 -> E2
}
eventsub ES1 "Storno" {
  start S3 "Storno eingegangen" message
  end E3
  S3 -> E3
}
end E1 "Antrag geprüft"
S1 -> SP1 -> E1`,
    expect: ['ES1', 'SP1']
  },
  {
    given: 'the same elements with the SOLL profile parameters',
    model: `
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen" multi
end E1 "Antrag geprüft"
S1 -> T1 -> E1`,
    config: { allowLoopMarkers: true },
    expect: []
  },
  {
    given: 'a choreography-free model with foreign extension elements',
    model: `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D1">
  <bpmn:process id="P1"><bpmn:extensionElements><camunda:properties><camunda:property name="a" value="b"/></camunda:properties></bpmn:extensionElements>
  <bpmn:startEvent id="S1"/></bpmn:process></bpmn:definitions>`,
    expect: []
  }
]);

ruleTable('gateway-types-restricted', [
  {
    given: 'exclusive and parallel gateways only',
    model: `
start S1
xor G1 "Vollständig?"
task T1 "Antrag prüfen"
task T2 "Unterlagen nachfordern"
xor G2
end E1
S1 -> G1
G1 -> T1 "Ja"
G1 -> T2 "Nein"
T1 -> G2
T2 -> G2
G2 -> E1`,
    expect: []
  },
  {
    given: 'a complex gateway and an inclusive gateway',
    model: `
start S1
complex C1 "Mehrheit?"
or O1 "Welche Nachweise?"
end E1
end E2
S1 -> C1 -> O1
O1 -> E1
O1 -> E2`,
    expect: ['C1', 'O1'],
    severities: { O1: 'warning', C1: undefined },
    messages: ['komplexes Gateway', 'inklusives (ODER-)Gateway']
  },
  {
    given: 'an inclusive gateway under the expert profile parameters',
    model: `
start S1
or O1 "Welche Nachweise?"
end E1
end E2
S1 -> O1
O1 -> E1
O1 -> E2`,
    config: { coreRules: ['no-complex-gateway'] },
    expect: []
  }
]);

ruleTable('event-types-restricted', [
  {
    given: 'none, message and timer events',
    model: `
start S1 "Antrag eingegangen" message
catch C1 "Frist abgelaufen" timer
end E1 "Antrag erledigt"
S1 -> C1 -> E1`,
    expect: []
  },
  {
    given: 'a signal start, an error end and a terminate end',
    model: `
start S1 "Signal empfangen" signal
xor G1 "Erfolgreich?"
end E1 "Fehler aufgetreten" error
end E2 "Abbruch" terminate
S1 -> G1
G1 -> E1 "Nein"
G1 -> E2 "Ja"`,
    expect: ['E1', 'E2', 'S1'],
    messages: ['„Signal“', 'zulässig sind: unbestimmt, Nachricht, Zeit']
  },
  {
    given: 'a timer end event',
    model: `
start S1
end E1 "Frist" timer
S1 -> E1`,
    config: { allowedDefinitions: ['bpmn:TimerEventDefinition'] },
    expect: ['E1'],
    messages: ['Zeit-Endereignis']
  }
]);

ruleTable('task-types-untyped', [
  { given: 'untyped tasks', model: SIMPLE, expect: [] },
  {
    given: 'a user task and a service task',
    model: `
start S1
usertask T1 "Antrag prüfen"
servicetask T2 "Bescheid erzeugen"
end E1
S1 -> T1 -> T2 -> E1`,
    expect: ['T1', 'T2'],
    messages: ['als Benutzeraufgabe typisiert']
  },
  {
    given: 'a service task that the profile allows',
    model: `
start S1
servicetask T2 "Bescheid erzeugen"
end E1
S1 -> T2 -> E1`,
    config: { allowedTaskTypes: ['bpmn:ServiceTask'] },
    expect: []
  }
]);
