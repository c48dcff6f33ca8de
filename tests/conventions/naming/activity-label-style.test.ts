import { ruleTable } from '../../helpers/conventionTable';

const withTask = (label: string) => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "${label}"
end E1 "Antrag erledigt"
S1 -> T1 -> E1`;

ruleTable('activity-label-style', [
  { given: 'a specific verb', model: withTask('Antrag prüfen'), expect: [] },
  { given: 'one verb with two objects', model: withTask('Dokument und Schriftstück anlegen'), expect: [] },
  { given: 'a noun-style label (MK-NAME-02 reports it)', model: withTask('Prüfung des Antrags'), expect: [] },
  {
    given: 'a generic verb',
    model: withTask('Antrag bearbeiten'),
    expect: ['T1'],
    messages: ['„Antrag bearbeiten“: „bearbeiten“ sagt wenig über die Tätigkeit']
  },
  { given: 'a generic verb the team allowed', model: withTask('Vorgang bearbeiten'), config: { allowedGenericVerbs: ['bearbeiten'] }, expect: [] },
  { given: 'an extra generic verb of the team', model: withTask('Antrag sichten'), config: { extraGenericVerbs: ['sichten'] }, expect: ['T1'] },
  { given: 'two activities joined by "und"', model: withTask('Antrag prüfen und weiterleiten'), expect: ['T1'], messages: ['mehrere Tätigkeiten'] },
  { given: 'two activities with the check switched off', model: withTask('Antrag prüfen und weiterleiten'), config: { flagMultipleActivities: false }, expect: [] },
  { given: 'a question as task name', model: withTask('Weitere Unterlagen nötig?'), expect: ['T1'], messages: ['Frage als Aktivität'] }
]);
