import { ruleTable } from '../../helpers/conventionTable';

const withGateway = (label: string, kind = 'xor') => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
${kind} G1 "${label}"
end E1 "Antrag bewilligt"
end E2 "Antrag abgelehnt"
S1 -> T1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"`;

ruleTable('xor-gateway-question', [
  { given: 'an elliptic question', model: withGateway('Antrag vollständig?'), expect: [] },
  { given: 'a verb-first question', model: withGateway('Liegen alle Unterlagen vor?'), expect: [] },
  {
    given: 'a gateway label without question mark',
    model: withGateway('Antrag vollständig'),
    expect: ['G1'],
    messages: ['„Antrag vollständig“: Verzweigungen als Frage mit „?“ formulieren, z. B. „Antrag vollständig?“.']
  },
  { given: 'an activity-like gateway label', model: withGateway('Antrag prüfen'), expect: ['G1'], messages: ['klingt nach einer Tätigkeit'] },
  { given: 'an inclusive gateway without question', model: withGateway('Zusatzleistungen', 'or'), expect: ['G1'] },
  { given: 'inclusive gateways excluded by parameter', model: withGateway('Zusatzleistungen', 'or'), config: { inclusiveGateways: false }, expect: [] },
  {
    given: 'a labelled joining gateway (MK-NAME-08) and an unlabelled split (MK-NAME-01)',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
xor G1
task T1 "Antrag prüfen"
task T2 "Antrag nachfordern"
xor G2 "Zusammenführung"
end E1 "Antrag bearbeitet"
S1 -> G1
G1 -> T1 "vollständig"
G1 -> T2 "unvollständig"
T1 -> G2
T2 -> G2
G2 -> E1`,
    expect: []
  }
]);
