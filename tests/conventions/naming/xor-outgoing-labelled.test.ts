import { ruleTable } from '../../helpers/conventionTable';

const withGates = (question: string, a: string, b: string, extra = '') => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
xor G1 "${question}"
end E1 "Antrag bewilligt"
end E2 "Antrag abgelehnt"
S1 -> T1 -> G1
G1 -> E1 ${a ? `"${a}"` : ''} id=F1 ${extra}
G1 -> E2 ${b ? `"${b}"` : ''} id=F2`;

ruleTable('xor-outgoing-labelled', [
  { given: 'both gates answered', model: withGates('Antrag vollständig?', 'Ja', 'Nein'), expect: [] },
  {
    given: 'an unanswered gate of a yes/no question',
    model: withGates('Antrag vollständig?', 'Ja', ''),
    expect: ['G1'],
    messages: ['Das exklusive Gateway „Antrag vollständig?“: 1 von 2 Ausgängen ist nicht beschriftet – die Ausgänge mit „Ja“ bzw. „Nein“ beschriften.']
  },
  { given: 'an open question without gate labels', model: withGates('Welche Antragsart?', '', ''), expect: ['G1'], messages: ['jeweils mit der Antwort bzw. Bedingung beschriften'] },
  { given: 'an unlabelled default flow', model: withGates('Antrag vollständig?', 'Ja', '', 'default').replace('id=F1 default', 'id=F1').replace('id=F2', 'id=F2 default'), expect: [] },
  { given: 'an unlabelled default flow not allowed', model: withGates('Antrag vollständig?', 'Ja', '').replace('id=F2', 'id=F2 default'), config: { allowUnlabeledDefault: false }, expect: ['G1'] },
  { given: 'two gates with the same answer', model: withGates('Antrag vollständig?', 'Ja', 'ja'), expect: ['G1'], messages: ['2 Ausgänge heißen „Ja“'] }
]);
