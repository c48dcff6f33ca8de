'use strict';

/**
 * Which BPMN elements the naming rules read as activities, events, gateways, lanes — and the
 * trigger of an event — so that all naming rules agree on the element kinds.
 */
const { is, isAny } = require('../bpmn');

/** True for activities named like work: tasks, sub-processes, call activities. */
function isActivity(node) {
  return isAny(node, ['bpmn:Task', 'bpmn:SubProcess', 'bpmn:CallActivity']);
}

/** True for events of any kind. */
function isEvent(node) {
  return is(node, 'bpmn:Event');
}

/**
 * The trigger of an event as the analyzers expect it: "none", "message", "timer", "error",
 * "signal", "escalation", "conditional", "link", "compensate", "cancel", "terminate".
 * @param {object} event a bpmn:Event
 * @returns {string} lower-case trigger name
 */
function eventTrigger(event) {
  const defs = event && Array.isArray(event.eventDefinitions) ? event.eventDefinitions.filter(Boolean) : [];
  if (!defs.length) return 'none';
  return String(defs[0].$type).replace(/^bpmn:/, '').replace(/EventDefinition$/, '').toLocaleLowerCase('en');
}

/**
 * Label kind for the form checks: "activity", "event", "gateway" or "other".
 * @param {object} node a moddle element
 * @returns {'activity' | 'event' | 'gateway' | 'other'} kind
 */
function labelKind(node) {
  if (isActivity(node)) return 'activity';
  if (isEvent(node)) return 'event';
  if (is(node, 'bpmn:Gateway')) return 'gateway';
  return 'other';
}

/** The label text of an element: `name`, or `text` of a text annotation; '' if none. */
function labelOf(node) {
  if (!node) return '';
  if (typeof node.name === 'string') return node.name;
  if (is(node, 'bpmn:TextAnnotation') && typeof node.text === 'string') return node.text;
  return '';
}

module.exports = { isActivity, isEvent, eventTrigger, labelKind, labelOf };
