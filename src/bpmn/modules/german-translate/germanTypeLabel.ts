/**
 * German names of BPMN element types as the properties panel's header asks for them
 * ("Message Start Event", "Timer Boundary Event (Non Interrupting)", "Collapsed Sub Process" …),
 * composed from trigger and base type so that every combination has German.
 */
const BASES: Record<string, string> = {
  'Start Event': 'Startereignis',
  'End Event': 'Endereignis',
  'Intermediate Catch Event': 'Zwischenereignis (eintretend)',
  'Intermediate Throw Event': 'Zwischenereignis (auslösend)',
  'Boundary Event': 'angeheftetes Zwischenereignis',
  Task: 'Aufgabe',
  'User Task': 'Benutzeraufgabe',
  'Service Task': 'Serviceaufgabe',
  'Manual Task': 'Manuelle Aufgabe',
  'Send Task': 'Sendeaufgabe',
  'Receive Task': 'Empfangsaufgabe',
  'Script Task': 'Skriptaufgabe',
  'Business Rule Task': 'Geschäftsregelaufgabe',
  'Call Activity': 'Aufrufaktivität',
  'Sub Process': 'Teilprozess',
  'Collapsed Sub Process': 'Teilprozess (zugeklappt)',
  'Expanded Sub Process': 'Teilprozess (aufgeklappt)',
  'Event Sub Process': 'Ereignis-Teilprozess',
  'Ad Hoc Sub Process': 'Ad-hoc-Teilprozess',
  'Collapsed Ad Hoc Sub Process': 'Ad-hoc-Teilprozess (zugeklappt)',
  'Expanded Ad Hoc Sub Process': 'Ad-hoc-Teilprozess (aufgeklappt)',
  Transaction: 'Transaktion',
  Gateway: 'Gateway',
  'Exclusive Gateway': 'Exklusives Gateway',
  'Parallel Gateway': 'Paralleles Gateway',
  'Inclusive Gateway': 'Inklusives Gateway',
  'Complex Gateway': 'Komplexes Gateway',
  'Event Based Gateway': 'Ereignisbasiertes Gateway',
  'Sequence Flow': 'Sequenzfluss',
  'Default Flow': 'Standardfluss',
  'Conditional Flow': 'Bedingter Sequenzfluss',
  'Message Flow': 'Nachrichtenfluss',
  Association: 'Assoziation',
  'Data Input Association': 'Dateneingabe-Assoziation',
  'Data Output Association': 'Datenausgabe-Assoziation',
  'Data Object Reference': 'Datenobjekt',
  'Data Store Reference': 'Datenspeicher',
  'Data Input': 'Dateneingabe',
  'Data Output': 'Datenausgabe',
  Participant: 'Pool (Teilnehmer)',
  Process: 'Prozess',
  Collaboration: 'Kollaboration',
  Lane: 'Lane',
  Group: 'Gruppe',
  'Text Annotation': 'Textanmerkung'
};

const TRIGGERS: Record<string, string> = {
  Message: 'Nachrichten-',
  Timer: 'Zeit-',
  Conditional: 'Bedingungs-',
  Signal: 'Signal-',
  Error: 'Fehler-',
  Escalation: 'Eskalations-',
  Compensate: 'Kompensations-',
  Cancel: 'Abbruch-',
  Link: 'Link-',
  Multiple: 'Mehrfach-',
  'Parallel Multiple': 'Parallel-Mehrfach-',
  Terminate: 'Terminierungs-'
};

/** German label for a properties-panel type label, or undefined when it is not one. */
export function germanTypeLabel(label: string): string | undefined {
  const nonInterrupting = / \(Non Interrupting\)$/.test(label);
  const core = label.replace(/ \(Non Interrupting\)$/, '');
  const suffix = nonInterrupting ? ' (nicht unterbrechend)' : '';
  if (BASES[core]) return BASES[core] + suffix;
  for (const trigger of Object.keys(TRIGGERS).sort((a, b) => b.length - a.length)) {
    if (core.startsWith(trigger + ' ')) {
      const base = BASES[core.slice(trigger.length + 1)];
      if (base) {
        // "angeheftetes Zwischenereignis" → "angeheftetes Nachrichten-Zwischenereignis"
        const m = /^(angeheftetes )(.*)$/.exec(base);
        return (m ? `${m[1]}${TRIGGERS[trigger]}${m[2]}` : `${TRIGGERS[trigger]}${base[0].toLowerCase() === base[0] ? base : base[0].toLowerCase() + base.slice(1)}`).replace(/-([a-zäöü])/, (_, c: string) => `-${c.toUpperCase()}`) + suffix;
      }
    }
  }
  return undefined;
}
