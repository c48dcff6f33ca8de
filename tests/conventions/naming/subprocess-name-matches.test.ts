import { ruleTable } from '../../helpers/conventionTable';

const withCall = (callName: string, processName: string) => `
process Main "001.02.03 Wohngeld bewilligen"
start S1 "Antrag eingegangen"
call C1 "${callName}" called=Sub
end E1 "Wohngeld bewilligt"
S1 -> C1 -> E1
process Sub "${processName}"
start S2 "Prüfung angestoßen"
task T2 "Einkommen prüfen"
end E2 "Einkommen geprüft"
S2 -> T2 -> E2`;

ruleTable('subprocess-name-matches', [
  { given: 'a call activity named like the called process', model: withCall('Einkommen prüfen lassen', 'Einkommen prüfen lassen'), expect: [] },
  { given: 'a key prefix on the called process', model: withCall('Einkommen prüfen lassen', '001.02.04 Einkommen prüfen lassen'), expect: [] },
  {
    given: 'a call activity with a different name',
    model: withCall('Einkommensprüfung', 'Einkommen prüfen lassen'),
    expect: ['C1'],
    messages: ['„Einkommensprüfung“ ruft den Prozess „Einkommen prüfen lassen“ auf']
  },
  { given: 'an allowed display name', model: withCall('Einkommen', 'Einkommen prüfen lassen'), config: { allowedDisplayNames: ['Einkommen'] }, expect: [] },
  {
    given: 'a called process in another file',
    model: `
process Main "001.02.03 Wohngeld bewilligen"
start S1 "Antrag eingegangen"
call C1 "Irgendwas" called=Elsewhere
end E1 "Wohngeld bewilligt"
S1 -> C1 -> E1`,
    expect: []
  }
]);
