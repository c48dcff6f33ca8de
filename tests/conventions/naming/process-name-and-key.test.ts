import { ruleTable } from '../../helpers/conventionTable';

const withProcess = (header: string, extra = '') => `
${header}
${extra}
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag geprüft"
S1 -> T1 -> E1`;

ruleTable('process-name-and-key', [
  { given: 'a KGSt key prefix and an object-verb name', model: withProcess('process Proc1 "001.02.03 Wohngeld bewilligen"'), expect: [] },
  { given: 'the key in the process attributes', model: withProcess('process Proc1 "Wohngeld bewilligen"', 'info I1 prozessschluessel=99012345678901'), expect: [] },
  {
    given: 'a process without key',
    model: withProcess('process Proc1 "Wohngeld bewilligen"'),
    expect: ['Proc1'],
    messages: ['Prozess „Wohngeld bewilligen“: Prozess-ID fehlt']
  },
  { given: 'no key, but the key is not required (basis profile)', model: withProcess('process Proc1 "Wohngeld bewilligen"'), config: { requireKey: false }, expect: [] },
  { given: 'a noun-style process name', model: withProcess('process Proc1 "001.02.03 Wohngeldbewilligung"'), expect: ['Proc1'], messages: ['Prozessnamen im Stil „Objekt + Verb“ wählen'] },
  { given: 'a custom key pattern (Berlin product number)', model: withProcess('process Proc1 "P-4711 Wohngeld bewilligen"'), config: { keyPattern: '^P-\\d+\\s' }, expect: [] },
  { given: 'a process named like one of its activities', model: withProcess('process Proc1 "001.02.03 Antrag prüfen"'), expect: ['Proc1'], messages: ['ein Element im Modell trägt denselben Namen'] },
  { given: 'a process without name', model: withProcess('process Proc1'), expect: ['Proc1'], messages: ['Der Prozess hat keinen Namen'] }
]);
