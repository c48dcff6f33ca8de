import { ruleTable } from '../../helpers/conventionTable';

const withTask = (label: string) => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "${label}"
end E1 "Antrag erledigt"
S1 -> T1 -> E1`;

ruleTable('abbreviations-glossary', [
  { given: 'no abbreviation', model: withTask('Antrag prüfen'), expect: [] },
  { given: 'a legal citation', model: withTask('Anspruch nach § 7 WoGG prüfen'), expect: [] },
  { given: 'glossary terms', model: withTask('Bescheid per E-Mail in eAkte ablegen'), expect: [] },
  {
    given: 'an unknown acronym',
    model: withTask('Antrag dem GPR vorlegen'),
    expect: ['T1'],
    messages: ['„Antrag dem GPR vorlegen“: Abkürzung „GPR“ ausschreiben oder ins Glossar aufnehmen.']
  },
  { given: 'the acronym in the team glossary', model: withTask('Antrag dem GPR vorlegen'), config: { glossary: { GPR: 'Gesamtpersonalrat' } }, expect: [] },
  { given: 'a dotted short form', model: withTask('Vorgang z.A. legen'), expect: ['T1'], messages: ['Abkürzung „z.A.“'] },
  {
    given: 'abbreviations in a lane and a gate label',
    model: `
pool P1 "Bezirksamt"
lane L1 "Fachgruppe RDVfIT" : S1 G1 E1 E2
start S1 "Antrag eingegangen"
xor G1 "Antrag vollständig?"
end E1 "Antrag bewilligt"
end E2 "Antrag abgelehnt"
S1 -> G1
G1 -> E1 "lt. SB ok" id=F1
G1 -> E2 "Nein"`,
    expect: ['F1', 'L1']
  }
]);
