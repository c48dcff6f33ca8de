import { ruleTable } from '../helpers/conventionTable';

const SOLL = { requireJustification: true, perElement: true };

ruleTable('media-breaks-marked', [
  {
    given: 'digital activities throughout, each with its medium',
    model: `
start S1
task T1 "Antrag prüfen" @medium=digital
task T2 "Bescheid erstellen" @medium=digital
end E1
S1 -> T1 -> T2 -> E1`,
    expect: []
  },
  {
    given: 'a digital step followed (via a gateway) by a paper step in an IST model',
    model: `
start S1
task T1 "Antrag prüfen" @medium=digital
xor G1 "Vollständig?"
task T2 "Bescheid erstellen" @medium=papier
end E1
end E2
S1 -> T1 -> G1
G1 -> T2 "Ja"
G1 -> E2 "Nein"
T2 -> E1`,
    expect: ['T2'],
    messages: ['Medienbruch: „Antrag prüfen“ (digital) → „Bescheid erstellen“ (Papier)']
  },
  {
    given: 'a justified media break in a SOLL model',
    model: `
start S1
task T1 "Antrag prüfen" @medium=digital
task T2 "Bescheid zustellen" @medium=papier @medienbruchBegruendung="§ 41 VwVfG verlangt Zustellung"
end E1
S1 -> T1 -> T2 -> E1`,
    config: SOLL,
    expect: []
  },
  {
    given: 'a media break guessed from the labels and a task without medium in a SOLL model',
    model: `
start S1
task T1 "Antrag im Portal prüfen"
task T2 "Bescheid ausdrucken"
task T3 "Akte schließen" @medium=hybrid
end E1
S1 -> T1 -> T2 -> T3 -> E1`,
    config: SOLL,
    expect: ['T1', 'T2'],
    messages: ['Medienbruch (aus den Namen geschlossen)', 'gibt kein Bearbeitungsmedium an']
  },
  {
    given: 'an IST model summary of tasks without medium',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
task T2 "Akte anlegen" @medium=hybrid
end E1
S1 -> T1 -> T2 -> E1`,
    expect: ['P1'],
    messages: ['Bei 1 von 2 Aufgaben fehlt das Bearbeitungsmedium']
  }
]);

ruleTable('digital-channels', [
  {
    given: 'an online application and a notice to the citizen account',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag online eingegangen" message
task T1 "Bescheid ins Postfach stellen"
end E1 "Bescheid bereitgestellt"
S1 -> T1 -> E1
pool P2 "Antragsteller" blackbox
P2 ~> S1 "Online-Antrag"
T1 ~> P2 "Bescheid (Servicekonto)"`,
    expect: []
  },
  {
    given: 'an application by post and a notice sent by letter',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag per Post eingegangen" message
task T1 "Bescheid versenden"
end E1 "Bescheid versandt"
S1 -> T1 -> E1
pool P2 "Antragsteller" blackbox
P2 ~> S1 "Antrag" @kanal=Briefpost id=MF1
T1 ~> P2 "Bescheid per Brief" id=MF2`,
    expect: ['MF1', 'MF2', 'S1']
  },
  {
    given: 'a paper channel justified by the sending activity',
    model: `
pool P1 "Bezirksamt"
start S1 "Antrag eingegangen"
task T1 "Bescheid per Post zustellen" @rechtsgrundlage="§ 41 VwVfG"
end E1 "Bescheid zugestellt"
S1 -> T1 -> E1
pool P2 "Antragsteller" blackbox
T1 ~> P2 "Bescheid"`,
    expect: []
  }
]);

ruleTable('paper-tasks-avoided', [
  {
    given: 'digital tasks and filing in the e-file',
    model: `
start S1
task T1 "Antrag in E-Akte ablegen"
task T2 "Bescheid elektronisch versenden"
end E1
S1 -> T1 -> T2 -> E1`,
    expect: []
  },
  {
    given: 'printing, scanning, internal mail and a paper file',
    model: `
start S1
task T1 "Bescheid ausdrucken"
task T2 "Unterlagen einscannen"
task T3 "Vorgang per Hauspost weiterleiten"
task T4 "Papierakte anlegen"
task T5 "Antrag in Ordner ablegen"
end E1
S1 -> T1 -> T2 -> T3 -> T4 -> T5 -> E1`,
    expect: ['T1', 'T2', 'T3', 'T4', 'T5']
  },
  {
    given: 'copying documents in the DMS, an automated copy step and archiving an original',
    model: `
start S1
task T1 "Schriftstücke im DMS kopieren"
servicetask T2 "Schriftstücke kopieren"
task T3 "Original archivieren"
end E1
S1 -> T1 -> T2 -> T3 -> E1`,
    expect: []
  },
  {
    given: 'a justified scanning step',
    model: `
start S1
task T1 "Post einscannen" @medienbruchBegruendung="Posteingang wird beim Eingang digitalisiert"
end E1
S1 -> T1 -> E1`,
    expect: []
  }
]);

ruleTable('written-form-legal-basis', [
  {
    given: 'a signature step with its provision and an electronic signature',
    model: `
start S1
task T1 "Vertrag unterschreiben" @rechtsgrundlage="§ 57 VwVfG"
task T2 "Bescheid qualifiziert elektronisch signieren"
end E1
S1 -> T1 -> T2 -> E1`,
    expect: []
  },
  {
    given: 'an original that is archived, not demanded',
    model: `
start S1
task T1 "Original archivieren"
end E1
S1 -> T1 -> E1`,
    expect: []
  },
  {
    given: 'originals, personal presence and a signed form without legal basis',
    model: `
pool P1 "Bezirksamt"
start S1 "Antragsteller persönlich erschienen"
task T1 "Originale vorlegen lassen"
task T2 "Antrag unterschreiben lassen"
end E1
S1 -> T1 -> T2 -> E1
pool P2 "Antragsteller" blackbox
P2 ~> T2 "unterschriebenes Formular" id=MF1`,
    expect: ['MF1', 'S1', 'T1', 'T2']
  }
]);

ruleTable('once-only-check', [
  {
    given: 'an evidence request whose register retrieval was checked',
    model: `
start S1
task T1 "Meldebescheinigung anfordern" @onceOnlyGeprueft=true
end E1
S1 -> T1 -> E1`,
    expect: []
  },
  {
    given: 'evidence requested from the applicant by a task and a message flow',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Fehlende Unterlagen nachfordern"
task T2 "Einkommensnachweis prüfen"
end E1
S1 -> T1 -> T2 -> E1
pool P2 "Antragstellerin" blackbox
T1 ~> P2 "Anforderung Nachweise" id=MF1`,
    expect: ['MF1', 'T1']
  }
]);

ruleTable('automation-classified', [
  {
    given: 'typed and classified tasks',
    model: `
start S1
usertask T1 "Antrag prüfen"
task T2 "Bescheid erstellen" @automatisierung=teilautomatisiert
servicetask T3 "Bescheid versenden"
end E1
S1 -> T1 -> T2 -> T3 -> E1`,
    expect: []
  },
  {
    given: 'an unclassified task, an unknown level and a manual step in the IT lane',
    model: `
pool P1 "Bezirksamt"
lane L1 "Sachbearbeitung" : S1 T1 T2 E1
lane L2 "Fachverfahren" : T3
start S1
task T1 "Antrag prüfen"
task T2 "Bescheid erstellen" @automatisierung=vollautomatisch
usertask T3 "Daten übernehmen"
end E1
S1 -> T1 -> T2 -> T3 -> E1`,
    expect: ['T1', 'T2', 'T3'],
    messages: ['unbekannten Automatisierungsgrad „vollautomatisch“', 'liegt bei einem IT-System']
  },
  {
    given: 'the summary form',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
task T2 "Bescheid erstellen"
end E1
S1 -> T1 -> T2 -> E1`,
    config: { perElement: false },
    expect: ['P1'],
    messages: ['2 von 2 Aufgaben']
  }
]);

const lanes = (n: number) => {
  const lines = ['pool P1 "Bezirksamt"', 'start S1', 'end E1'];
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    lines.push(`task T${i} "Schritt ${i} erledigen"`);
    ids.push(`T${i}`);
  }
  lines.push(`lane LA "Sachbearbeitung" : S1 E1 ${ids.filter((_, i) => i % 2 === 0).join(' ')}`);
  lines.push(`lane LB "Teamleitung" : ${ids.filter((_, i) => i % 2 === 1).join(' ')}`);
  lines.push(['S1', ...ids, 'E1'].join(' -> '));
  return lines.join('\n');
};

ruleTable('handover-metrics', [
  { given: 'a process with few handovers', model: lanes(4), expect: [] },
  { given: 'a process with 10 handovers between two lanes', model: lanes(10), expect: ['P1'], messages: ['10 Zuständigkeitswechsel (Richtwert 8)', '0 Rückkopplungsschleifen'] },
  { given: 'the figures reported always', model: lanes(2), config: { alwaysReport: true }, expect: ['P1'] },
  {
    given: 'three rework loops',
    model: `
start S1
xor M1
task T1 "Antrag prüfen"
xor G1 "Vollständig?"
task T2 "Nachfordern"
xor M2
task T3 "Bescheid erstellen"
xor G2 "Korrekt?"
task T4 "Korrigieren"
xor M3
task T5 "Zeichnen"
xor G3 "Gezeichnet?"
end E1
S1 -> M1 -> T1 -> G1
G1 -> T2 "Nein"
T2 -> M1
G1 -> M2 "Ja"
M2 -> T3 -> G2
G2 -> T4 "Nein"
T4 -> M2
G2 -> M3 "Ja"
M3 -> T5 -> G3
G3 -> M3 "Nein"
G3 -> E1 "Ja"`,
    expect: ['Process_1'],
    messages: ['3 Rückkopplungsschleifen']
  }
]);
