'use strict';

/**
 * German messages for the bpmnlint core rules. Each entry maps the English message (exact text
 * or pattern) of one core rule to a German sentence about the concrete element. Unknown
 * messages (a newer bpmnlint) fall back to the element plus the original text, never to nothing.
 */
const { Describe, describeAs, capitalize } = require('./describe');
const { incoming } = require('./bpmn');

/** [core rule, pattern, (element, match) => German message] */
const TRANSLATIONS = [
  ['ad-hoc-sub-process', /^An? <(Start|End) Event> is not allowed/, (el) =>
    `${Describe(el)} ist in einem Ad-hoc-Teilprozess nicht zulässig; Ad-hoc-Teilprozesse haben keine Start- und Endereignisse.`],
  ['ad-hoc-sub-process', /./, (el) =>
    `${Describe(el)} ist in einem Ad-hoc-Teilprozess nicht zulässig verbunden.`],
  ['conditional-event', /./, (el) =>
    `${Describe(el)} ist ein Bedingungsereignis ohne Bedingung.`],
  ['conditional-flows', /./, (el) =>
    `${Describe(el)} hat keine Bedingung, obwohl andere Ausgänge derselben Verzweigung bedingt sind.`],
  ['end-event-required', /./, (el) =>
    `${Describe(el)} hat kein Endereignis; jeder Pfad soll an einem benannten Endzustand enden.`],
  ['event-based-gateway', /at least 2 outgoing/, (el) =>
    `${Describe(el)} hat weniger als zwei ausgehende Sequenzflüsse; nach einem ereignisbasierten Gateway folgen mindestens zwei Ereignisse.`],
  ['event-based-gateway', /must not be conditional/, (el) =>
    `${Describe(el)} geht von einem ereignisbasierten Gateway aus und darf keine Bedingung tragen.`],
  ['event-sub-process-typed-start-event', /./, (el) =>
    `${Describe(el)} startet einen Ereignis-Teilprozess und braucht daher einen Auslöser (z. B. Nachricht, Zeit, Fehler).`],
  ['fake-join', /./, (el) =>
    `${Describe(el)} hat ${incoming(el).length} eingehende Sequenzflüsse; führen Sie diese vorher über ein passendes Gateway zusammen.`],
  ['global', /missing name/, (el) =>
    `${Describe(el)} hat keinen Namen.`],
  ['global', /unused/, (el) =>
    `${Describe(el)} wird von keinem Element verwendet und kann entfernt werden.`],
  ['global', /not unique/, (el) =>
    `${Describe(el)} trägt denselben Namen wie eine andere Definition gleichen Typs.`],
  ['link-event', /missing link name/, (el) =>
    `${Describe(el)} ist ein Link-Ereignis ohne Link-Namen.`],
  ['link-event', /^Duplicate link catch event with link name <(.*)>/, (el, m) =>
    `${Describe(el)}: Es gibt mehrere fangende Link-Ereignisse mit dem Link-Namen „${m[1]}“ im selben Prozess.`],
  ['link-event', /^Link catch event with link name <(.*)> missing in scope/, (el, m) =>
    `${capitalize(describeAs(el, 'zu'))} (Link „${m[1]}“) fehlt im selben Prozess das fangende Link-Ereignis.`],
  ['link-event', /^Link throw event with link name <(.*)> missing in scope/, (el, m) =>
    `${capitalize(describeAs(el, 'zu'))} (Link „${m[1]}“) fehlt im selben Prozess das auslösende Link-Ereignis.`],
  ['no-bpmndi', /./, (el) =>
    `${Describe(el)} hat keine grafische Darstellung im Diagramm (BPMN-DI fehlt); andere Werkzeuge zeigen es nicht an.`],
  ['no-complex-gateway', /./, (el) =>
    `${Describe(el)} ist ein komplexes Gateway; komplexe Gateways sind nicht zulässig. Bilden Sie die Logik mit exklusiven oder parallelen Gateways ab.`],
  ['no-inclusive-gateway', /./, (el) =>
    `${Describe(el)} ist ein inklusives (ODER-)Gateway; diese sind im Basis-Level zu vermeiden. Bilden Sie die Logik mit exklusiven und parallelen Gateways ab.`],
  ['no-disconnected', /./, (el) =>
    `${Describe(el)} ist nicht über Sequenzflüsse in den Ablauf eingebunden.`],
  ['no-duplicate-sequence-flows', /is a duplicate/, (el) =>
    `${Describe(el)} verbindet dieselben Elemente wie ein anderer Sequenzfluss (doppelter Fluss).`],
  ['no-duplicate-sequence-flows', /outgoing/, (el) =>
    `${Describe(el)} hat doppelte ausgehende Sequenzflüsse zum selben Ziel.`],
  ['no-duplicate-sequence-flows', /incoming/, (el) =>
    `${Describe(el)} hat doppelte eingehende Sequenzflüsse von derselben Quelle.`],
  ['no-gateway-join-fork', /./, (el) =>
    `${Describe(el)} führt zusammen und verzweigt zugleich; teilen Sie es in ein zusammenführendes und ein verzweigendes Gateway.`],
  ['no-implicit-end', /./, (el) =>
    `${Describe(el)} hat keinen ausgehenden Sequenzfluss, ist aber kein Endereignis (implizites Ende).`],
  ['no-implicit-split', /./, (el) =>
    `${Describe(el)} verzweigt ohne Gateway (mehrere unbedingte ausgehende Sequenzflüsse).`],
  ['no-implicit-start', /./, (el) =>
    `${Describe(el)} hat keinen eingehenden Sequenzfluss, ist aber kein Startereignis (impliziter Start).`],
  ['no-overlapping-elements', /outside of parent/, (el) =>
    `${Describe(el)} liegt ganz oder teilweise außerhalb seines Pools bzw. Teilprozesses.`],
  ['no-overlapping-elements', /./, (el) =>
    `${Describe(el)} überlappt ein anderes Element.`],
  ['single-blank-start-event', /./, (el) =>
    `${Describe(el)} hat mehrere unbestimmte Startereignisse; je Prozessebene ist höchstens eines zulässig.`],
  ['single-event-definition', /./, (el) =>
    `${Describe(el)} hat mehrere Ereignisdefinitionen (Auslöser); je Ereignis ist nur einer zulässig.`],
  ['standard-size', /expected width of (\d+)/, (el, m) =>
    `${Describe(el)} hat nicht die Standardbreite ${m[1]}; Symbole werden nicht skaliert.`],
  ['standard-size', /expected height of (\d+)/, (el, m) =>
    `${Describe(el)} hat nicht die Standardhöhe ${m[1]}; Symbole werden nicht skaliert.`],
  ['standard-size', /expected (\d+)x(\d+)/, (el, m) =>
    `${Describe(el)} hat nicht die Standardgröße ${m[1]}×${m[2]}; Symbole werden nicht skaliert.`],
  ['start-event-required', /./, (el) =>
    `${Describe(el)} hat kein Startereignis; jeder Ablauf beginnt mit einem benannten Auslöser.`],
  ['sub-process-blank-start-event', /./, (el) =>
    `${Describe(el)} liegt in einem Teilprozess und muss daher unbestimmt (ohne Auslöser) sein.`],
  ['superfluous-gateway', /./, (el) =>
    `${Describe(el)} hat genau einen Eingang und einen Ausgang und ist daher überflüssig.`],
  ['superfluous-termination', /./, (el) =>
    `${Describe(el)} terminiert, obwohl kein anderer Pfad mehr aktiv sein kann; ein einfaches Endereignis genügt.`],
  ['superfluous-label', /./, (el) =>
    `${Describe(el)} ist beschriftet, obwohl er keine Entscheidung abbildet.`]
];

/**
 * German message for a core report.
 *
 * @param {string} coreRule core rule name
 * @param {string} message English core message
 * @param {object|undefined} element the reported element (undefined if not resolvable)
 * @param {string} id the reported id
 */
function translateCoreMessage(coreRule, message, element, id) {
  const el = element || { id, $type: 'unknown' };
  for (const [rule, pattern, build] of TRANSLATIONS) {
    if (rule !== coreRule) continue;
    const match = pattern.exec(String(message || ''));
    if (match) return build(el, match);
  }
  return `${Describe(el)}: ${message}`;
}

module.exports = { translateCoreMessage };
