import { ruleTable } from '../../helpers/conventionTable';

const withEvents = (start: string, end: string, startFlags = '') => `
pool P1 "Bezirksamt"
start S1 "${start}" ${startFlags}
task T1 "Antrag prüfen"
end E1 "${end}"
S1 -> T1 -> E1`;

ruleTable('event-label-state', [
  { given: 'object + participle events', model: withEvents('Antrag eingegangen', 'Antrag geprüft'), expect: [] },
  { given: 'an auxiliary and a state word', model: withEvents('Antrag ist eingegangen', 'Unterlagen vollständig'), expect: [] },
  { given: '"liegen … vor" as state', model: withEvents('Unterlagen liegen vor', 'Bescheid wurde versandt'), expect: [] },
  { given: 'a timer start event with a time', model: withEvents('jeden 1. Werktag', 'Bericht erstellt', 'timer'), expect: [] },
  { given: 'a message start event naming the message', model: withEvents('Antrag', 'Antrag geprüft', 'message'), expect: [] },
  {
    given: 'a start event worded as activity',
    model: withEvents('Antrag ausfüllen', 'Antrag geprüft'),
    expect: ['S1'],
    messages: ['„Antrag ausfüllen“: klingt nach einer Tätigkeit – Ereignisse als erreichten Zustand benennen (Objekt + Partizip), z. B. „Antrag ausgefüllt“.']
  },
  { given: 'an end event without object', model: withEvents('Antrag eingegangen', 'Beendet'), expect: ['E1'], messages: ['Objekt fehlt'] },
  { given: 'an end event "Ende"', model: withEvents('Antrag eingegangen', 'Ende'), expect: ['E1'], messages: ['kein erreichter Zustand', 'z. B. „Antrag bewilligt“'] },
  { given: 'a timer without time', model: withEvents('Erinnerung', 'Bericht erstellt', 'timer'), expect: ['S1'], messages: ['Zeitereignis ohne Zeitangabe'] },
  { given: 'a question on an event', model: withEvents('Antrag eingegangen', 'Antrag vollständig?'), expect: ['E1'], messages: ['Frage an einem Ereignis'] },
  {
    given: 'an error boundary event naming the error',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
boundary B1 "Fehlende Berechtigung" error on=T1
task T2 "Berechtigung anfordern"
end E1 "Antrag geprüft"
end E2 "Berechtigung angefordert"
S1 -> T1 -> E1
B1 -> T2 -> E2`,
    expect: []
  }
]);
