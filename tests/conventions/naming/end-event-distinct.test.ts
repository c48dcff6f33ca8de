import { ruleTable } from '../../helpers/conventionTable';

const withEnds = (a: string, b: string) => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
xor G1 "Antrag bewilligungsfähig?"
end E1 "${a}"
end E2 "${b}"
S1 -> T1 -> G1
G1 -> E1 "Ja"
G1 -> E2 "Nein"`;

ruleTable('end-event-distinct', [
  { given: 'two different business outcomes', model: withEnds('Antrag bewilligt', 'Antrag abgelehnt'), expect: [] },
  {
    given: 'two end events with the same outcome',
    model: withEnds('Antrag bewilligt', 'Antrag  bewilligt.'),
    expect: ['E2'],
    messages: ['„Antrag bewilligt.“: dieser Endzustand ist auf derselben Ebene mehrfach modelliert']
  },
  { given: 'the same outcome twice, allowed by parameter', model: withEnds('Antrag bewilligt', 'Antrag bewilligt'), config: { allowSameName: true }, expect: [] },
  { given: 'a generic end name', model: withEnds('Antrag bewilligt', 'Prozessende'), expect: ['E2'], messages: ['Endereignisse nennen das fachliche Ergebnis'] },
  {
    given: 'equal end names on different levels (process and sub-process)',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
sub SP1 "Antrag prüfen" expanded {
  start S2
  task T2 "Unterlagen sichten"
  end E2 "Antrag geprüft"
  S2 -> T2 -> E2
}
end E1 "Antrag geprüft"
S1 -> SP1 -> E1`,
    expect: []
  }
]);
