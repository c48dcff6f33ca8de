import { ruleTable } from '../../helpers/conventionTable';

/** A process with one task of the given label (and a second, correct task). */
const withTask = (label: string) => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "${label}"
task T2 "Bescheid versenden"
end E1 "Bescheid versandt"
S1 -> T1 -> T2 -> E1`;

ruleTable('activity-label-object-infinitive', [
  { given: 'a task named object + infinitive', model: withTask('Antrag prüfen'), expect: [] },
  { given: 'a separable verb with a prepositional object', model: withTask('Antrag an Amt X weiterleiten'), expect: [] },
  { given: 'a lower-case adjective before the object', model: withTask('vollständigen Antrag prüfen'), expect: [] },
  { given: 'a product name in the object phrase', model: withTask('Bescheid in eAkte ablegen'), expect: [] },
  { given: 'a modal construction', model: withTask('Antrag prüfen lassen'), expect: [] },
  {
    given: 'a task in noun style',
    model: withTask('Prüfung des Antrags'),
    expect: ['T1'],
    messages: ['„Prüfung des Antrags“: Nominalstil – Aktivitäten als Objekt + Verb im Infinitiv benennen, z. B. „Antrag prüfen“.']
  },
  { given: 'a nominalised infinitive', model: withTask('Prüfen des Antrags'), expect: ['T1'], messages: ['z. B. „Antrag prüfen“'] },
  { given: 'a compound noun', model: withTask('Antragsprüfung'), expect: ['T1'], messages: ['z. B. „Antrag prüfen“'] },
  { given: 'a participle (event style)', model: withTask('Antrag geprüft'), expect: ['T1'], messages: ['Partizip „geprüft“'] },
  { given: 'an imperative', model: withTask('Prüfe Antrag'), expect: ['T1'], messages: ['Befehlsform „Prüfe“'] },
  { given: 'a zu-infinitive', model: withTask('Antrag zu prüfen'), expect: ['T1'], messages: ['Infinitiv mit „zu“'] },
  { given: 'a single verb without object', model: withTask('Prüfen'), expect: ['T1'], messages: ['Objekt fehlt'] },
  { given: 'an English label', model: withTask('Send Mail'), expect: ['T1'], messages: ['englische Beschriftung'] },
  {
    given: 'a collapsed sub-process and a call activity in noun style',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
sub SP1 "Antragsprüfung"
call C1 "Bescheiderstellung"
end E1 "Bescheid erstellt"
S1 -> SP1 -> C1 -> E1`,
    expect: ['C1', 'SP1']
  },
  {
    given: 'an unlabelled task (left to MK-NAME-01)',
    model: `
start S1 "Antrag eingegangen"
task T1
end E1 "Antrag geprüft"
S1 -> T1 -> E1`,
    expect: []
  }
]);
