import { ruleTable } from '../../helpers/conventionTable';

ruleTable('no-superfluous-labels', [
  {
    given: 'labels only on the decision and its answers',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
xor G1 "Antrag vollständig?"
task T2 "Unterlagen nachfordern"
xor G2
end E1 "Antrag geprüft"
S1 -> T1 -> G1
G1 -> G2 "Ja"
G1 -> T2 "Nein"
T2 -> G2
G2 -> E1`,
    expect: []
  },
  {
    given: 'a labelled parallel split, a labelled join and a labelled plain flow',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
and A1 "Parallel"
task T1 "Antrag prüfen"
task T2 "Gebühr berechnen"
and A2
xor G1 "Antrag vollständig?"
task T3 "Unterlagen nachfordern"
xor G2 "Zusammenführung"
end E1 "Antrag geprüft"
S1 -> A1 "weiter" id=F0
A1 -> T1 -> A2
A1 -> T2 -> A2
A2 -> G1
G1 -> G2 "Ja"
G1 -> T3 "Nein"
T3 -> G2
G2 -> E1`,
    expect: ['A1', 'F0', 'G2'],
    messages: ['Das parallele Gateway „Parallel“ ist beschriftet', 'Der Sequenzfluss „weiter“ ist beschriftet, verlässt aber keine Entscheidung']
  },
  {
    given: 'a labelled event-based gateway',
    model: `
pool P1 "Bezirksamt"
start S1 "Anhörung versandt"
evgw G1 "Warten"
catch C1 "Stellungnahme eingegangen" message
catch C2 "Frist abgelaufen" timer
end E1 "Anhörung abgeschlossen"
end E2 "Anhörung ohne Antwort"
S1 -> G1
G1 -> C1 -> E1
G1 -> C2 -> E2`,
    expect: ['G1']
  },
  {
    given: 'a labelled conditional flow out of a task',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag geprüft"
S1 -> T1
T1 -> E1 "Antrag vollständig" cond`,
    expect: []
  }
]);
