'use strict';

/**
 * German wording for elements in findings: "die Aufgabe „Antrag prüfen“", "das Gateway „Antrag
 * vollständig?“", "der Sequenzfluss (ohne Namen, ID Flow_1)". All user-facing element nouns live
 * here so messages stay consistent and translatable.
 */
const { is, nameOf, eventDefinitionTypes } = require('./bpmn');

/** [nominative article, noun] per type, most specific first. */
const NOUNS = [
  ['bpmn:StartEvent', 'das', 'Startereignis'],
  ['bpmn:EndEvent', 'das', 'Endereignis'],
  ['bpmn:BoundaryEvent', 'das', 'angeheftete Ereignis'],
  ['bpmn:IntermediateCatchEvent', 'das', 'Zwischenereignis'],
  ['bpmn:IntermediateThrowEvent', 'das', 'Zwischenereignis'],
  ['bpmn:Event', 'das', 'Ereignis'],
  ['bpmn:ExclusiveGateway', 'das', 'exklusive Gateway'],
  ['bpmn:ParallelGateway', 'das', 'parallele Gateway'],
  ['bpmn:InclusiveGateway', 'das', 'inklusive Gateway'],
  ['bpmn:EventBasedGateway', 'das', 'ereignisbasierte Gateway'],
  ['bpmn:ComplexGateway', 'das', 'komplexe Gateway'],
  ['bpmn:Gateway', 'das', 'Gateway'],
  ['bpmn:Transaction', 'die', 'Transaktion'],
  ['bpmn:AdHocSubProcess', 'der', 'Ad-hoc-Teilprozess'],
  ['bpmn:SubProcess', 'der', 'Teilprozess'],
  ['bpmn:CallActivity', 'die', 'Aufrufaktivität'],
  ['bpmn:UserTask', 'die', 'Benutzeraufgabe'],
  ['bpmn:ServiceTask', 'die', 'Serviceaufgabe'],
  ['bpmn:ManualTask', 'die', 'manuelle Aufgabe'],
  ['bpmn:SendTask', 'die', 'Sendeaufgabe'],
  ['bpmn:ReceiveTask', 'die', 'Empfangsaufgabe'],
  ['bpmn:BusinessRuleTask', 'die', 'Geschäftsregelaufgabe'],
  ['bpmn:ScriptTask', 'die', 'Skriptaufgabe'],
  ['bpmn:Task', 'die', 'Aufgabe'],
  ['bpmn:SequenceFlow', 'der', 'Sequenzfluss'],
  ['bpmn:MessageFlow', 'der', 'Nachrichtenfluss'],
  ['bpmn:Participant', 'der', 'Pool'],
  ['bpmn:Lane', 'die', 'Lane'],
  ['bpmn:DataObjectReference', 'das', 'Datenobjekt'],
  ['bpmn:DataStoreReference', 'der', 'Datenspeicher'],
  ['bpmn:TextAnnotation', 'die', 'Textanmerkung'],
  ['bpmn:Group', 'die', 'Gruppe'],
  ['bpmn:Association', 'die', 'Assoziation'],
  ['bpmn:Process', 'der', 'Prozess'],
  ['bpmn:Message', 'die', 'Nachrichtendefinition'],
  ['bpmn:Signal', 'die', 'Signaldefinition'],
  ['bpmn:Error', 'die', 'Fehlerdefinition'],
  ['bpmn:Escalation', 'die', 'Eskalationsdefinition'],
  ['bpmn:Collaboration', 'die', 'Kollaboration'],
  ['bpmn:ChoreographyActivity', 'die', 'Choreographie-Aktivität'],
  ['bpmn:ConversationNode', 'die', 'Konversation']
];

/** German names of event definitions (for PAL-03 and messages about events). */
const EVENT_DEFINITION_NAMES = {
  'bpmn:MessageEventDefinition': 'Nachricht',
  'bpmn:TimerEventDefinition': 'Zeit',
  'bpmn:ErrorEventDefinition': 'Fehler',
  'bpmn:EscalationEventDefinition': 'Eskalation',
  'bpmn:SignalEventDefinition': 'Signal',
  'bpmn:ConditionalEventDefinition': 'Bedingung',
  'bpmn:LinkEventDefinition': 'Link',
  'bpmn:CompensateEventDefinition': 'Kompensation',
  'bpmn:CancelEventDefinition': 'Abbruch',
  'bpmn:TerminateEventDefinition': 'Terminierung'
};

function nounOf(element) {
  for (const [type, article, noun] of NOUNS) {
    if (is(element, type)) return { article, noun };
  }
  const local = element && element.$type ? String(element.$type).replace(/^\w+:/, '') : 'Element';
  return { article: 'das', noun: 'Element (' + local + ')' };
}

/** The element's label in German quotes, or a placeholder naming its id: „Antrag prüfen“. */
function quoted(element) {
  const name = nameOf(element) || (element && typeof element.text === 'string' ? element.text.replace(/\s+/g, ' ').trim() : '');
  if (name) return '„' + (name.length > 60 ? name.slice(0, 57) + '…' : name) + '“';
  return '(ohne Namen, ID ' + ((element && element.id) || '?') + ')';
}

/** German type noun without article: "Aufgabe", "Startereignis". */
function typeName(element) {
  return nounOf(element).noun;
}

/**
 * "die Aufgabe „Antrag prüfen“" (lower-case article; use `capitalized` at sentence start).
 * Adjective nouns ("exklusive Gateway") are declined for the nominative with the definite article.
 */
function describe(element) {
  const { article, noun } = nounOf(element);
  return article + ' ' + noun + ' ' + quoted(element);
}

const DATIVE_ARTICLE = { der: 'dem', die: 'der', das: 'dem' };
const ACCUSATIVE_ARTICLE = { der: 'den', die: 'die', das: 'das' };

/**
 * The element with a preposition in the right case: `describeAs(el, 'bei')` → "beim exklusiven
 * Gateway „X“", `describeAs(el, 'zu')` → "zum Startereignis „X“", `describeAs(el, 'für')` →
 * "für den Teilprozess „X“". Supported: bei, zu, von, mit, nach, aus (dative), für, über,
 * durch, auf (accusative).
 */
function describeAs(element, preposition) {
  const { article, noun } = nounOf(element);
  const dative = ['bei', 'zu', 'von', 'mit', 'nach', 'aus'].includes(preposition);
  if (dative) {
    const art = DATIVE_ARTICLE[article] || 'dem';
    // adjective after a definite article in the dative ends in -en ("dem exklusiven Gateway")
    const declined = noun.replace(/^(\p{Ll}+e) /u, '$1n ');
    const contracted = { 'bei dem': 'beim', 'zu dem': 'zum', 'zu der': 'zur', 'von dem': 'vom' }[preposition + ' ' + art];
    return (contracted || preposition + ' ' + art) + ' ' + declined + ' ' + quoted(element);
  }
  const art = ACCUSATIVE_ARTICLE[article] || 'das';
  const declined = article === 'der' ? noun.replace(/^(\p{Ll}+e) /u, '$1n ') : noun;
  return preposition + ' ' + art + ' ' + declined + ' ' + quoted(element);
}

/** Same as `describe`, with the first letter upper-case for the start of a sentence. */
function Describe(element) {
  return capitalize(describe(element));
}

function capitalize(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** German names of an event's triggers, e.g. ["Nachricht"], or [] for a none event. */
function eventTriggerNames(event) {
  return eventDefinitionTypes(event).map((t) => EVENT_DEFINITION_NAMES[t] || t.replace(/^bpmn:/, ''));
}

/** A short enumeration for messages: „A“, „B“ und „C“ (at most `max` items, then "…"). */
function enumerate(elements, max) {
  const limit = max || 4;
  const items = elements.slice(0, limit).map(quoted);
  if (elements.length > limit) return items.join(', ') + ' und ' + (elements.length - limit) + ' weitere';
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' und ' + items[items.length - 1];
}

module.exports = { describe, describeAs, Describe, quoted, typeName, capitalize, eventTriggerNames, enumerate, EVENT_DEFINITION_NAMES };
