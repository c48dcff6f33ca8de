import { ruleTable } from '../helpers/conventionTable';

const FULL_INFO = 'info prozessschluessel=99123456789012 version=1.0 modellart=IST prozessverantwortlich="Leitung Amt" prozessmanager="Frau Muster" organisationseinheit="Amt für Soziales" stand=2026-01-10';
const RELEASED = `${FULL_INFO} status=freigegeben freigegebenVon="Leitung Amt" freigegebenAm=2026-01-15 gueltigBis=2027-01-15 wiedervorlageAm=2026-12-01`;
const model = (info: string, extra = '') => `
pool P1 "Bezirksamt"
${info}
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen" ${extra}
end E1 "Antrag geprüft"
S1 -> T1 -> E1`;
const TODAY = { today: '2026-06-01' };

ruleTable('process-metadata-required', [
  { given: 'a complete draft Steckbrief', model: model(`${FULL_INFO} status=entwurf`), config: TODAY, expect: [] },
  { given: 'a complete released Steckbrief within its validity', model: model(RELEASED), config: TODAY, expect: [] },
  {
    given: 'a model without any Steckbrief',
    model: model(''),
    config: TODAY,
    expect: ['P1'],
    severities: { P1: 'warning' },
    messages: ['hat keinen Prozesssteckbrief']
  },
  {
    given: 'a draft Steckbrief missing owner and version',
    model: model('info prozessschluessel=1 status=entwurf modellart=IST prozessmanager=X organisationseinheit=Y stand=2026-01-01'),
    config: TODAY,
    expect: ['P1'],
    severities: { P1: 'warning' },
    messages: ['es fehlen: Version, Prozessverantwortliche/r']
  },
  {
    given: 'a released Steckbrief whose validity expired and whose review is overdue',
    model: model(RELEASED),
    config: { today: '2027-02-01' },
    expect: ['P1'],
    severities: { P1: undefined },
    messages: ['die Gültigkeit ist am 15.01.2027 abgelaufen', 'Wiedervorlage am 01.12.2026 ist überschritten']
  },
  {
    given: 'a released Steckbrief valid for two years without release data',
    model: model(`${FULL_INFO} status=freigegeben freigegebenAm=2026-01-15 gueltigBis=2028-01-15 wiedervorlageAm=15.12.2026`),
    config: TODAY,
    expect: ['P1'],
    messages: ['es fehlen: Freigabe durch', 'mehr als 12 Monate nach der Freigabe']
  },
  {
    given: 'a SOLL model without reference to its IST model',
    model: model(`${FULL_INFO.replace('modellart=IST', 'modellart=SOLL')} status=entwurf`),
    config: TODAY,
    expect: ['P1'],
    severities: { P1: 'info' }
  },
  {
    given: 'a Steckbrief on the collaboration read without the gpm extension',
    model: `
pool P1 "Bezirksamt" info.status=entwurf info.version=1 info.prozessschluessel=1 info.modellart=IST info.prozessverantwortlich=A info.prozessmanager=B info.organisationseinheit=C info.stand=2026-01-01
start S1
end E1
S1 -> E1`,
    options: { gpm: false },
    config: TODAY,
    expect: []
  }
]);

ruleTable('legal-basis-documented', [
  {
    given: 'legal bases with sections and a checking task with its provision',
    model: model('info rg="§ 7 WoGG" rg="Art. 3 BayVwVfG"', '@rechtsgrundlage="§ 15 WoGG"'),
    expect: []
  },
  { given: 'an internal process with explicitly no legal basis', model: model('info rg=keine'), config: { activitySeverity: 'off' }, expect: [] },
  {
    given: 'no legal basis and a checking task without provision',
    model: model(''),
    expect: ['P1', 'T1'],
    severities: { T1: 'info', P1: undefined },
    messages: ['nennt keine Rechtsgrundlage', 'Prüf-, Entscheidungs- oder Bescheidtätigkeit']
  },
  {
    given: 'a legal basis without section',
    model: model('info rg="Wohngeldgesetz"', '@rechtsgrundlage="§ 15 WoGG"'),
    expect: ['P1'],
    messages: ['„Wohngeldgesetz“ ist keine vollständige Fundstelle']
  },
  {
    given: 'a statute outside the known statutes list',
    model: model('info rg="§ 7 WoGG"', '@rechtsgrundlage="§ 15 WoGG"'),
    config: { knownStatutes: ['SGB II'] },
    expect: ['P1']
  }
]);

ruleTable('description-present', [
  {
    given: 'a described process with named start and end',
    model: `
pool P1 "Bezirksamt" doc="Wohngeldanträge werden geprüft und beschieden, vom Eingang bis zum Versand."
start S1 "Antrag eingegangen"
task T1 "Antrag prüfen"
end E1 "Antrag beschieden"
S1 -> T1 -> E1`,
    expect: []
  },
  {
    given: 'an undescribed process with unnamed start and end',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
end E1
S1 -> T1 -> E1`,
    expect: ['P1'],
    messages: ['eine Kurzbeschreibung', 'den Auslöser', 'das Ergebnis']
  },
  {
    given: 'an undescribed collapsed sub-process and a long task label without description',
    model: `
process Proc1 doc="Wohngeldanträge werden geprüft und beschieden, vom Eingang bis zum Versand."
start S1 "Antrag eingegangen"
sub SP1 "Antrag prüfen" {
  start S2
  end E2
  S2 -> E2
}
task T1 "Antrag des Antragstellers auf Vollständigkeit und Plausibilität prüfen"
end E1 "Antrag beschieden"
S1 -> SP1 -> T1 -> E1`,
    expect: ['SP1', 'T1'],
    severities: { T1: 'info' }
  }
]);

ruleTable('it-support-documented', [
  {
    given: 'tasks with IT system, without IT, automated or reading a data store',
    model: `
start S1
task T1 "Antrag prüfen" @itSysteme="OK.SOZIUS"
task T2 "Akte ablegen" @ohneIT=true
servicetask T3 "Bescheid erzeugen"
task T4 "Daten erfassen"
datastore D1 "Fachverfahren"
end E1
S1 -> T1 -> T2 -> T3 -> T4 -> E1
T4 writes D1`,
    expect: []
  },
  {
    given: 'a task without IT information and one in an IT lane',
    model: `
pool P1 "Bezirksamt"
lane L1 "Sachbearbeitung" : S1 T1 E1
lane L2 "IT-System Sozius" : T2
start S1
task T1 "Antrag prüfen"
task T2 "Daten übernehmen"
end E1
S1 -> T1 -> T2 -> E1`,
    expect: ['T1']
  },
  {
    given: 'a system outside the catalogue',
    model: `
start S1
task T1 "Antrag prüfen" @itSysteme="Excel; OK.SOZIUS"
end E1
S1 -> T1 -> E1`,
    config: { itSystemCatalogue: ['OK.SOZIUS'] },
    expect: ['T1'],
    messages: ['Excel']
  },
  {
    given: 'the IST profile summary instead of one finding per task',
    model: `
pool P1 "Bezirksamt"
start S1
task T1 "Antrag prüfen"
task T2 "Bescheid versenden" @ohneIT=true
task T3 "Akte anlegen"
end E1
S1 -> T1 -> T2 -> T3 -> E1`,
    config: { perElement: false },
    expect: ['P1'],
    messages: ['Bei 2 von 3 Aufgaben']
  }
]);

ruleTable('data-objects-named-linked', [
  {
    given: 'data objects read and written by tasks',
    model: `
start S1
task T1 "Antrag prüfen"
dataobject D1 "Antrag"
datastore D2 "Fachverfahren"
end E1
S1 -> T1 -> E1
T1 reads D1
T1 writes D2`,
    expect: []
  },
  {
    given: 'an unconnected data object, a misnamed one and duplicate documents',
    model: `
start S1
task T1 "Antrag prüfen" @dokumente="Antrag; Nachweis; antrag"
dataobject D1 "Antrag"
dataobject D2 "AZ-12/3 Bescheid"
end E1
S1 -> T1 -> E1
T1 reads D1
T1 writes D2
dataobject D3 "Vermerk"`,
    config: { namePattern: '^(Extern )?[A-Z0-9./-]+ .+' },
    expect: ['D1', 'D3', 'T1'],
    messages: ['ist mit keiner Aktivität verbunden und folgt nicht dem vereinbarten Namensschema', 'mehrfach auf: „antrag“']
  },
  {
    given: 'a data store linked by a plain association',
    model: `
start S1
task T1 "Antrag prüfen"
datastore D1 "Register"
end E1
S1 -> T1 -> E1
T1 .. D1`,
    expect: []
  }
]);

const annotated = (status: string, annotation: string) => `
${status ? `info status=${status}` : ''}
start S1
task T1 "Antrag prüfen"
end E1
S1 -> T1 -> E1
${annotation}
A1 .. T1`;

ruleTable('no-open-annotations', [
  { given: 'a permanent explanatory note', model: annotated('freigegeben', 'annotation A1 "Prüfung nach Checkliste 4"'), expect: [] },
  { given: 'a question marked as permanent', model: annotated('freigegeben', 'annotation A1 "Warum Schriftform? Siehe § 3 WoGG" @dauerhaft=true'), expect: [] },
  {
    given: 'a TODO note in a released model',
    model: annotated('freigegeben', 'annotation A1 "TODO: Zuständigkeit klären"'),
    expect: ['A1'],
    severities: { A1: undefined },
    messages: ['Vermerk „todo“']
  },
  { given: 'an open question in a draft', model: annotated('entwurf', 'annotation A1 "Wer zeichnet den Bescheid?"'), expect: ['A1'], severities: { A1: 'info' } },
  { given: 'a yellow note without marker', model: annotated('freigegeben', 'annotation A1 "Hinweis an Team" fill=#fff59d'), expect: ['A1'] }
]);

ruleTable('subprocess-linked', [
  {
    given: 'a call activity to a process in the file and a collapsed sub-process with its own diagram',
    model: `
process Main
start S1
call CA1 "Antrag prüfen" called=Sub
sub SP1 "Bescheid erstellen" {
  start S2
  end E2
  S2 -> E2
}
end E1
S1 -> CA1 -> SP1 -> E1
process Sub
start S3
end E3
S3 -> E3`,
    expect: []
  },
  {
    given: 'a call activity without target, an empty collapsed sub-process and one without diagram',
    model: `
info status=in_pruefung
start S1
call CA1 "Antrag prüfen"
sub SP1 "Bescheid erstellen"
sub SP2 "Akte anlegen" noplane {
  start S2
  end E2
  S2 -> E2
}
end E1
S1 -> CA1 -> SP1 -> SP2 -> E1`,
    expect: ['CA1', 'SP1', 'SP2'],
    severities: { CA1: undefined }
  },
  {
    given: 'a call to a process that is missing from the workspace list (draft)',
    model: `
start S1
call CA1 "Antrag prüfen" called=Elsewhere
end E1
S1 -> CA1 -> E1`,
    config: { knownProcessIds: ['Other'] },
    expect: ['CA1'],
    severities: { CA1: 'info' }
  },
  {
    given: 'a call to a process outside the file without workspace list',
    model: `
start S1
call CA1 "Antrag prüfen" called=Elsewhere
end E1
S1 -> CA1 -> E1`,
    expect: []
  }
]);
