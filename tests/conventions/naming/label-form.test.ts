import { ruleTable } from '../../helpers/conventionTable';
import { toBpmnXml } from '../../helpers/conventionXml';

const withTask = (label: string) => `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "${label}"
end E1 "Antrag erledigt"
S1 -> T1 -> E1`;

ruleTable('label-form', [
  { given: 'a short German label', model: withTask('Antrag prüfen'), expect: [] },
  { given: 'double spaces', model: withTask('Antrag  prüfen'), expect: ['T1'], messages: ['„Antrag prüfen“: doppelte Leerzeichen – durch ein Leerzeichen ersetzen.'] },
  { given: 'English words', model: withTask('Send Mail'), expect: ['T1'], messages: ['englische Wörter („Send“)'] },
  { given: 'an English word the team accepts', model: withTask('Antrag per Mail senden'), config: { ignoreWords: ['mail'] }, expect: [] },
  { given: 'a manual hyphenation', model: withTask('Liste zusammen-stellen'), expect: ['T1'], messages: ['„zusammen-stellen“ ist von Hand getrennt'] },
  { given: 'an umlaut written as ue', model: withTask('Antrag pruefen'), expect: ['T1'], messages: ['Umlaut umschrieben („pruefen“ statt „prüfen“)'] },
  { given: 'a capitalised verb', model: withTask('Dokument Stornieren'), expect: ['T1'], messages: ['das Verb „Stornieren“ klein schreiben'] },
  {
    given: 'a task label over the word limit',
    model: withTask('Zuständigkeit ändern oder Vergabe von Schreibrechten beauftragen'),
    expect: ['T1'],
    messages: ['zu lang (7 Wörter, höchstens 6)']
  },
  { given: 'the same label with a higher limit', model: withTask('Zuständigkeit ändern oder Vergabe von Rechten beauftragen'), config: { maxWords: 8, maxChars: 80 }, expect: [] },
  {
    given: 'a line break in an event label',
    model: toBpmnXml(withTask('Antrag prüfen')).replace('name="Antrag eingegangen"', 'name="Antrag&#10;eingegangen"'),
    expect: ['S1'],
    messages: ['manueller Zeilenumbruch']
  }
]);
