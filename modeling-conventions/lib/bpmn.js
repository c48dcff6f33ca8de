'use strict';

/**
 * Small, defensive accessors on bpmn-moddle elements shared by the rules.
 *
 * Every function tolerates missing references, generic (untyped) elements and partial models,
 * because imported files from other tools are often incomplete; a rule must never throw.
 */

// Type tests by moddle type (descriptor): `$instanceOf` answers from the element's descriptor
// alone, and rules ask it for every element they see, so each answer is kept per descriptor.
const TYPE_TESTS = new WeakMap();

/** True if the element is (a subtype of) the given moddle type. */
function is(node, type) {
  if (!node || typeof node !== 'object') return false;
  const descriptor = node.$descriptor;
  if (descriptor && typeof descriptor === 'object' && !descriptor.isGeneric) {
    let answers = TYPE_TESTS.get(descriptor);
    if (!answers) {
      answers = new Map();
      TYPE_TESTS.set(descriptor, answers);
    }
    let answer = answers.get(type);
    if (answer === undefined) {
      answer = instanceOf(node, type);
      answers.set(type, answer);
    }
    return answer;
  }
  return instanceOf(node, type);
}

function instanceOf(node, type) {
  if (typeof node.$instanceOf === 'function') {
    try {
      return node.$instanceOf(type);
    } catch (e) {
      return node.$type === type;
    }
  }
  return node.$type === type;
}

/** True if the element is (a subtype of) one of the given types. */
function isAny(node, types) {
  return types.some((type) => is(node, type));
}

/** The trimmed name of an element, with whitespace and line breaks collapsed; '' if none. */
function nameOf(element) {
  const name = element && typeof element.name === 'string' ? element.name : '';
  if (!name) return '';
  // asked for the same names by many rules: the collapsed form is kept per name
  let collapsed = NAMES.get(name);
  if (collapsed === undefined) {
    collapsed = name.replace(/\s+/g, ' ').trim();
    if (NAMES.size >= 20000) NAMES.clear();
    NAMES.set(name, collapsed);
  }
  return collapsed;
}

const NAMES = new Map();

/** Normalised name for comparisons: lower case, collapsed whitespace, without trailing punctuation. */
function normalizeName(name) {
  return String(name || '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:;!]+$/, '')
    .trim();
}

/** Outgoing sequence flows of a flow node (never undefined). */
function outgoing(node) {
  return (node && Array.isArray(node.outgoing) ? node.outgoing : []).filter(Boolean);
}

/** Incoming sequence flows of a flow node (never undefined). */
function incoming(node) {
  return (node && Array.isArray(node.incoming) ? node.incoming : []).filter(Boolean);
}

/** Flow elements of a container (process or sub-process); [] for anything else. */
function flowElements(container) {
  return (container && Array.isArray(container.flowElements) ? container.flowElements : []).filter(Boolean);
}

/** Flow nodes (activities, events, gateways) directly inside a container. */
function flowNodes(container) {
  return flowElements(container).filter((e) => is(e, 'bpmn:FlowNode'));
}

/** True if the container has at least one flow node (`flowNodes(container).length > 0`, without the list). */
function hasFlowNodes(container) {
  const elements = container && Array.isArray(container.flowElements) ? container.flowElements : [];
  for (let i = 0; i < elements.length; i++) if (elements[i] && is(elements[i], 'bpmn:FlowNode')) return true;
  return false;
}

/** True for a gateway with at least two outgoing flows (do not rely on `gatewayDirection`). */
function isDiverging(node) {
  return is(node, 'bpmn:Gateway') && outgoing(node).length >= 2;
}

/** True for a gateway with at least two incoming flows. */
function isConverging(node) {
  return is(node, 'bpmn:Gateway') && incoming(node).length >= 2;
}

/** The `$type`s of an event's event definitions. */
function eventDefinitionTypes(event) {
  const defs = event && Array.isArray(event.eventDefinitions) ? event.eventDefinitions : [];
  return defs.filter(Boolean).map((d) => d.$type);
}

/** True for an event sub-process (triggered by an event, started by its own start event). */
function isEventSubProcess(node) {
  return is(node, 'bpmn:SubProcess') && node.triggeredByEvent === true;
}

/** The `bpmn:Definitions` an element belongs to (the element itself if it has no parent). */
function rootOf(node) {
  let current = node;
  let guard = 0;
  while (current && current.$parent && guard++ < 10000) current = current.$parent;
  return current;
}

/** The closest ancestor (not the element itself) of the given type, or undefined. */
function ancestor(node, type) {
  let current = node && node.$parent;
  let guard = 0;
  while (current && guard++ < 10000) {
    if (is(current, type)) return current;
    current = current.$parent;
  }
  return undefined;
}

/** The process an element lives in (walking out of sub-processes), or undefined. */
function processOf(node) {
  if (is(node, 'bpmn:Process')) return node;
  return ancestor(node, 'bpmn:Process');
}

/** Root elements of the definitions of a given type. */
function rootElementsOf(definitions, type) {
  const roots = definitions && Array.isArray(definitions.rootElements) ? definitions.rootElements : [];
  return roots.filter((e) => is(e, type));
}

/** Text of the first non-empty documentation entry, trimmed; '' if none. */
function documentationText(element) {
  const docs = element && Array.isArray(element.documentation) ? element.documentation : [];
  for (const doc of docs) {
    const text = doc && typeof doc.text === 'string' ? doc.text.trim() : '';
    if (text) return text;
  }
  return '';
}

/** True for task-like activities that carry real work (tasks of any type). */
function isTask(node) {
  return is(node, 'bpmn:Task');
}

module.exports = {
  is,
  isAny,
  nameOf,
  normalizeName,
  outgoing,
  incoming,
  flowElements,
  flowNodes,
  hasFlowNodes,
  isDiverging,
  isConverging,
  eventDefinitionTypes,
  isEventSubProcess,
  rootOf,
  ancestor,
  processOf,
  rootElementsOf,
  documentationText,
  isTask
};
