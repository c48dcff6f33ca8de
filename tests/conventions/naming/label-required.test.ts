import { ruleTable } from '../../helpers/conventionTable';

ruleTable('label-required', [
  {
    given: 'a labelled pool with labelled lane, events, task, gateway and data',
    model: `
pool P1 "Bezirksamt"
lane L1 "Sachbearbeitung" : S1 T1 G1 E1 E2
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
xor G1 "Antrag vollständig?"
end E1 "Antrag bewilligt"
end E2 "Antrag abgelehnt"
dataobject D1 "Antrag"
S1 -> T1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"
T1 reads D1`,
    expect: []
  },
  {
    given: 'an unlabelled task, end event and diverging gateway',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1
xor G1
end E1
end E2 "Antrag abgelehnt"
S1 -> T1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"`,
    expect: ['E1', 'G1', 'T1'],
    messages: ['Die Aufgabe (ohne Namen, ID T1) ist nicht beschriftet – als Objekt + Verb benennen, z. B. „Antrag prüfen“.']
  },
  {
    given: 'an unlabelled collapsed sub-process, data object and data store (gaps of the core rule)',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
sub SP1
end E1 "Antrag bearbeitet"
dataobject D1
datastore DS1
S1 -> SP1 -> E1
SP1 reads D1
SP1 writes DS1`,
    expect: ['D1', 'DS1', 'SP1'],
    messages: ['Der Teilprozess (ohne Namen, ID SP1) ist nicht beschriftet']
  },
  {
    given: 'an unlabelled start event inside an expanded sub-process',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
sub SP1 "Antrag prüfen" expanded {
  start S2
  task T2 "Unterlagen sichten"
  end E2 "Unterlagen gesichtet"
  S2 -> T2 -> E2
}
end E1 "Antrag geprüft"
S1 -> SP1 -> E1`,
    expect: []
  },
  {
    given: 'the same unlabelled sub-process start event with the exemption switched off',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
sub SP1 "Antrag prüfen" expanded {
  start S2
  task T2 "Unterlagen sichten"
  end E2 "Unterlagen gesichtet"
  S2 -> T2 -> E2
}
end E1 "Antrag geprüft"
S1 -> SP1 -> E1`,
    config: { allowUnlabeledSubProcessStart: false },
    expect: ['S2']
  },
  {
    given: 'an unlabelled blank start event allowed by parameter, an unlabelled joining and parallel gateway',
    model: `
pool P1 "Bezirksamt"
start S1
and A1
task T1 "Antrag prüfen"
task T2 "Gebühr berechnen"
and A2
end E1 "Antrag geprüft"
S1 -> A1
A1 -> T1 -> A2
A1 -> T2 -> A2
A2 -> E1`,
    config: { allowUnlabeledBlankStart: true },
    expect: []
  },
  {
    given: 'an unlabelled pool and lane',
    model: `
pool P1
lane L1 : S1 T1 E1
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag geprüft"
S1 -> T1 -> E1`,
    expect: ['L1', 'P1']
  }
]);
