import { ruleTable } from '../helpers/conventionTable';

const E2E = `
pool P1 "Bezirksamt Mitte"
lane L1 "Sachbearbeitung Wohngeld" : S1 T1 T2 E1
start S1 "Antrag eingegangen" message
task T1 "Antrag prüfen"
task T2 "Bescheid versenden"
end E1 "Bescheid versandt"
S1 -> T1 -> T2 -> E1
pool P2 "Antragsteller" blackbox
P2 ~> S1 "Antrag"
T2 ~> P2 "Bescheid"
`;

ruleTable('lane-per-pool', [
  { given: 'a pool with one lane holding every node', model: E2E, expect: [] },
  {
    given: 'a process without pool',
    model: `
start S1
task T1 "Antrag prüfen"
end E1
S1 -> T1 -> E1`,
    expect: ['Process_1'],
    messages: ['liegt in keinem Pool']
  },
  {
    given: 'a pool without lanes',
    model: `
pool P1 "Bezirksamt"
start S1
end E1
S1 -> E1`,
    expect: ['P1']
  },
  {
    given: 'a node in no lane and a node in two lanes, with nested lanes referenced by bpmn-js style parents',
    model: `
pool P1 "Bezirksamt"
lane L1 "Fachbereich" : S1 T1 T2
lane L11 "Sachbearbeitung" in=L1 : S1 T1
lane L12 "Teamleitung" in=L1 : T2 T1
lane L2 "Kasse"
start S1
task T1 "Antrag prüfen"
task T2 "Bescheid zeichnen"
end E1
boundary B1 "Frist abgelaufen" on=T1 timer
end E2
S1 -> T1 -> T2 -> E1
B1 -> E2`,
    expect: ['B1', 'E1', 'E2', 'T1'],
    messages: ['mehreren Lanes zugeordnet („Sachbearbeitung“ und „Teamleitung“)', 'keiner Lane zugeordnet']
  },
  {
    given: 'a process without pool when pools are not required',
    model: `
start S1
end E1
S1 -> E1`,
    config: { requirePool: false },
    expect: []
  }
]);

ruleTable('external-party-black-box', [
  { given: 'an external black-box pool with message flows', model: E2E, expect: [] },
  {
    given: 'a black-box pool without message flows',
    model: `
pool P1 "Bezirksamt"
start S1
end E1
S1 -> E1
pool P2 "Finanzamt" blackbox`,
    expect: ['P2']
  },
  {
    given: 'an applicant drawn as a white-box pool',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
end E1
S1 -> T1 -> E1
pool P2 "Antragstellerin"
start S2
task T2 "Antrag stellen"
end E2
S2 -> T2 -> E2
T2 ~> S1 "Antrag"`,
    expect: ['P2'],
    severities: { P2: 'info' }
  },
  {
    given: 'a single pool of the citizens office ("Bürgeramt" is no citizen)',
    model: `
pool P1 "Bürgeramt Mitte"
start S1
end E1
S1 -> E1
pool P2 "Bürgerin" blackbox
P2 ~> S1 "Anliegen"`,
    expect: []
  }
]);

ruleTable('lane-role-name', [
  { given: 'a lane named after a role', model: E2E, expect: [] },
  {
    given: 'lanes naming a person, an activity, a plural and the pool',
    model: `
pool P1 "Bezirksamt"
lane L1 "Frau Dr. Müller" : S1
lane L2 "Antrag prüfen" : T1
lane L3 "Sachbearbeiter:innen" : E1
lane L4 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
end E1
S1 -> T1 -> E1`,
    expect: ['L1', 'L2', 'L3', 'L4'],
    severities: { L3: 'info', L4: 'info', L1: undefined }
  },
  {
    given: 'an external white-box pool whose lane repeats the pool name',
    model: `
pool P1 "Antragsteller"
lane L1 "Antragsteller" : S1 E1
start S1
end E1
S1 -> E1`,
    expect: []
  }
]);

ruleTable('lane-nesting-depth', [
  {
    given: 'lanes nested two levels deep',
    model: `
pool P1 "Bezirksamt"
lane L1 "Fachbereich" : S1 E1
lane L11 "Sachbearbeitung" in=L1 : S1 E1
start S1
end E1
S1 -> E1`,
    expect: []
  },
  {
    given: 'lanes nested three levels deep',
    model: `
pool P1 "Bezirksamt"
lane L1 "Amt" : S1 E1
lane L11 "Fachbereich" in=L1 : S1 E1
lane L111 "Sachbearbeitung" in=L11 : S1 E1
start S1
end E1
S1 -> E1`,
    expect: ['L111']
  },
  {
    given: 'nested lanes under the Stuttgart setting (no nesting)',
    model: `
pool P1 "Bezirksamt"
lane L1 "Fachbereich" : S1 E1
lane L11 "Sachbearbeitung" in=L1 : S1 E1
start S1
end E1
S1 -> E1`,
    config: { maxDepth: 1 },
    expect: ['L11']
  }
]);

ruleTable('pool-unique', [
  { given: 'distinct pools', model: E2E, expect: [] },
  {
    given: 'two pools with the same name',
    model: `
pool P1 "Bezirksamt"
start S1
end E1
S1 -> E1
pool P2 "Bürger" blackbox
pool P3 " bürger " blackbox
P2 ~> S1
P3 ~> S1`,
    expect: ['P3']
  }
]);

ruleTable('message-flow-valid', [
  { given: 'named message flows between pools from activities and pools', model: E2E, expect: [] },
  {
    given: 'a message flow inside one pool',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
task T2 "Akte anlegen"
end E1
S1 -> T1 -> T2 -> E1
T1 ~> T2 "Akte" id=MF1`,
    expect: ['MF1'],
    messages: ['desselben Pools']
  },
  {
    given: 'an unnamed message flow sent by a message end event',
    model: `
pool P1 "Bezirksamt"
start S1
end E1 "Bescheid versandt" message
S1 -> E1
pool P2 "Antragsteller" blackbox
E1 ~> P2 id=MF1`,
    expect: ['MF1'],
    severities: { MF1: 'info' },
    messages: ['wird von „Bescheid versandt“ (Endereignis) gesendet', 'ist nicht benannt']
  },
  {
    given: 'a message end event under the expert setting',
    model: `
pool P1 "Bezirksamt"
start S1
end E1 "Bescheid versandt" message
S1 -> E1
pool P2 "Antragsteller" blackbox
E1 ~> P2 "Bescheid" id=MF1`,
    config: { activitySourcesOnly: false },
    expect: []
  }
]);

const withStatus = (status: string, lane: string) => `
pool P1 "Bezirksamt"
info status=${status}
lane L1 "Sachbearbeitung" ${lane} : S1 E1
start S1
end E1
S1 -> E1`;

ruleTable('lane-role-reference', [
  { given: 'a draft model without role references', model: withStatus('entwurf', ''), expect: [] },
  { given: 'a model in review with a role reference', model: withStatus('in_pruefung', '@rolleRef=R-SB-01'), expect: [] },
  { given: 'a model in review without role reference', model: withStatus('in_pruefung', ''), expect: ['L1'] },
  {
    given: 'a released model whose role is not in the catalogue',
    model: withStatus('freigegeben', '@rolleRef=R-XX'),
    config: { roleCatalogue: ['R-SB-01'] },
    expect: ['L1'],
    messages: ['„R-XX“']
  }
]);

ruleTable('customer-pool-e2e', [
  { given: 'an applicant pool sending the request and receiving the result', model: E2E, expect: [] },
  {
    given: 'a model without customer pool',
    model: `
pool P1 "Bezirksamt"
start S1
end E1
S1 -> E1`,
    expect: ['P1']
  },
  {
    given: 'a customer pool that only sends',
    model: `
pool P1 "Bezirksamt"
start S1
end E1
S1 -> E1
pool P2 "Bürgerinnen und Bürger" blackbox
P2 ~> S1 "Antrag"`,
    expect: ['P2'],
    messages: ['erhält keine Nachricht']
  },
  {
    given: 'an internal support process',
    model: `
start S1
end E1
S1 -> E1`,
    config: { internalProcess: true },
    expect: []
  }
]);
