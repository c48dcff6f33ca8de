'use strict';

/**
 * German finding messages of the naming rules (MK-NAME-*), in one place so they can be reviewed
 * and translated together. Every message names the label and says what to change.
 */

const DEFAULT_ACTIVITY = 'Antrag prüfen';
const DEFAULT_EVENT = 'Antrag eingegangen';

/** „label“ in German quotes (long labels shortened). */
function q(text) {
  const t = String(text || '').replace(/\s+/g, ' ').trim();
  return '„' + (t.length > 70 ? t.slice(0, 67) + '…' : t) + '“';
}

/** "z. B. „suggestion“" with the fallback example. */
function example(suggestion, fallback) {
  return 'z. B. ' + q(suggestion || fallback);
}

/** MK-NAME-02 messages per issue code. */
function activityPatternMessage(label, issue, suggestion) {
  const ex = example(suggestion, DEFAULT_ACTIVITY);
  switch (issue.code) {
    case 'english':
      return `${q(label)}: englische Beschriftung – Aktivitäten deutsch als Objekt + Verb im Infinitiv benennen, ${ex}.`;
    case 'noun-style':
      return `${q(label)}: Nominalstil – Aktivitäten als Objekt + Verb im Infinitiv benennen, ${ex}.`;
    case 'participle':
      return `${q(label)}: klingt nach einem Ereignis (Partizip „${issue.detail}“) – Aktivitäten als Objekt + Verb im Infinitiv benennen, ${ex}.`;
    case 'imperative':
      return `${q(label)}: Befehlsform „${issue.detail}“ – das Verb im Infinitiv ans Ende stellen, ${ex}.`;
    case 'zu-infinitive':
      return `${q(label)}: Infinitiv mit „zu“ – das Verb ohne „zu“ ans Ende stellen, ${ex}.`;
    case 'missing-object':
      return `${q(label)}: Objekt fehlt – nennen, woran gearbeitet wird, ${example(null, 'Antrag ' + (issue.detail || 'prüfen'))}.`;
    default:
      return `${q(label)}: kein Verb am Ende – Aktivitäten als Objekt + Verb im Infinitiv benennen, ${ex}.`;
  }
}

/** MK-NAME-03 messages per issue code. */
function activityStyleMessage(label, issue) {
  switch (issue.code) {
    case 'generic-verb':
      return `${q(label)}: „${issue.detail}“ sagt wenig über die Tätigkeit – das eigentliche Tun nennen, z. B. „Antrag prüfen“ oder „Bescheid erstellen“.`;
    case 'multiple-activities':
      return `${q(label)}: mehrere Tätigkeiten in einer Aktivität – in einzelne Aktivitäten aufteilen, je Aktivität ein Verb.`;
    default:
      return `${q(label)}: Frage als Aktivität – Fragen gehören an ein Gateway; die Aktivität als Tätigkeit benennen, z. B. „Antrag prüfen“.`;
  }
}

/** MK-NAME-04 messages per issue code. */
function eventStateMessage(label, issue, options = {}) {
  const ex = example(options.suggestion, options.isEnd ? 'Antrag bewilligt' : DEFAULT_EVENT);
  switch (issue.code) {
    case 'activity-style':
      return `${q(label)}: klingt nach einer Tätigkeit – Ereignisse als erreichten Zustand benennen (Objekt + Partizip), ${ex}.`;
    case 'question':
      return `${q(label)}: Frage an einem Ereignis – Ereignisse als Zustand benennen, Fragen gehören an ein Gateway, ${ex}.`;
    case 'missing-object':
      return `${q(label)}: Objekt fehlt – nennen, was eingetreten ist, ${example(null, 'Antrag ' + String(issue.detail || 'eingegangen').toLocaleLowerCase('de'))}.`;
    case 'timer-without-time':
      return `${q(label)}: Zeitereignis ohne Zeitangabe – Zeitpunkt oder Frist nennen, z. B. „Frist abgelaufen“ oder „jeden 1. Werktag“.`;
    default:
      return `${q(label)}: kein erreichter Zustand – Ereignisse als Objekt + Partizip benennen (optional mit „ist“), ${ex}.`;
  }
}

/** MK-NAME-06 messages per issue code. */
function gatewayQuestionMessage(label, issue) {
  if (issue.code === 'activity-style') {
    return `${q(label)}: klingt nach einer Tätigkeit – die Prüfung gehört in die Aktivität vor dem Gateway; das Gateway fragt nach dem Ergebnis, z. B. „Antrag vollständig?“.`;
  }
  return `${q(label)}: Verzweigungen als Frage mit „?“ formulieren, z. B. ${q(String(label).trim().replace(/[.!:]+$/, '') + '?')}.`;
}

/** MK-NAME-10 message for the unknown abbreviations of one label. */
function abbreviationMessage(label, abbreviations) {
  const list = abbreviations.map(q);
  const what = list.length === 1 ? `Abkürzung ${list[0]}` : `Abkürzungen ${list.slice(0, -1).join(', ')} und ${list[list.length - 1]}`;
  return `${q(label)}: ${what} ausschreiben oder ins Glossar aufnehmen.`;
}

/** MK-NAME-11 messages per issue code. */
function labelFormMessage(label, issue) {
  const d = issue.detail;
  switch (issue.code) {
    case 'line-break':
      return `${q(label)}: manueller Zeilenumbruch – entfernen, der Editor bricht Beschriftungen selbst um.`;
    case 'double-space':
      return `${q(label)}: doppelte Leerzeichen – durch ein Leerzeichen ersetzen.`;
    case 'soft-hyphen':
      return `${q(label)}: verstecktes Trennzeichen – entfernen, der Editor trennt selbst.`;
    case 'hyphenation':
      return `${q(label)}: „${d}“ ist von Hand getrennt – als ein Wort schreiben („${String(d).replace('-', '')}“).`;
    case 'emphasis':
      return `${q(label)}: Hervorhebung durch Großbuchstaben oder mehrfache Satzzeichen – normal schreiben; Wichtiges gehört in die Beschreibung.`;
    case 'placeholder':
      return `${q(label)}: technischer Platzhalter statt Beschriftung – fachlich benennen.`;
    case 'english':
      return `${q(label)}: englische Wörter (${String(d).split(', ').map(q).join(', ')}) – durchgehend deutsch beschriften.`;
    case 'umlaut-substitute':
      return `${q(label)}: Umlaut umschrieben („${String(d).replace(' → ', '“ statt „')}“) – Umlaute und ß verwenden.`;
    case 'capitalized-verb':
      return `${q(label)}: das Verb „${d}“ klein schreiben.`;
    case 'too-many-words': {
      const [n, max] = String(d).split('/');
      return `${q(label)}: zu lang (${n} Wörter, höchstens ${max}) – kürzen, Einzelheiten in die Beschreibung.`;
    }
    case 'too-long': {
      const [n, max] = String(d).split('/');
      return `${q(label)}: zu lang (${n} Zeichen, höchstens ${max}) – kürzen, Einzelheiten in die Beschreibung.`;
    }
    default:
      return `${q(label)}: Form der Beschriftung prüfen.`;
  }
}

module.exports = {
  q,
  activityPatternMessage,
  activityStyleMessage,
  eventStateMessage,
  gatewayQuestionMessage,
  abbreviationMessage,
  labelFormMessage
};
