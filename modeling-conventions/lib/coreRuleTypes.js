'use strict';

/**
 * The element types each wrapped bpmnlint core rule can report on or keeps bookkeeping about
 * (read off the core rules' sources in node_modules/bpmnlint/rules): every other element makes
 * the core rule's check return without doing anything. `wrapCoreRule.js` declares the union for
 * the engine's type dispatch and hands each core rule only its own types. A core rule missing
 * here is handed every element (no declaration).
 */
const TYPES = {
  'ad-hoc-sub-process': ['bpmn:AdHocSubProcess'],
  'conditional-event': ['bpmn:Event'],
  'conditional-flows': ['bpmn:FlowNode'],
  'end-event-required': ['bpmn:Process', 'bpmn:SubProcess'],
  'event-based-gateway': ['bpmn:EventBasedGateway'],
  'event-sub-process-typed-start-event': ['bpmn:SubProcess'],
  'fake-join': ['bpmn:Activity', 'bpmn:Event'],
  'global': ['bpmn:Definitions'],
  'label-required': ['bpmn:FlowNode', 'bpmn:SequenceFlow', 'bpmn:Participant', 'bpmn:Lane'],
  'link-event': ['bpmn:FlowElementsContainer'],
  'no-bpmndi': ['bpmn:Definitions'],
  'no-complex-gateway': ['bpmn:ComplexGateway'],
  'no-disconnected': ['bpmn:Task', 'bpmn:Gateway', 'bpmn:SubProcess', 'bpmn:Event'],
  'no-duplicate-sequence-flows': ['bpmn:SequenceFlow'],
  'no-gateway-join-fork': ['bpmn:Gateway'],
  'no-implicit-end': ['bpmn:Event', 'bpmn:Activity', 'bpmn:Gateway'],
  'no-implicit-split': ['bpmn:Activity', 'bpmn:Event'],
  'no-implicit-start': ['bpmn:Event', 'bpmn:Activity', 'bpmn:Gateway'],
  'no-inclusive-gateway': ['bpmn:InclusiveGateway'],
  'no-overlapping-elements': ['bpmn:Definitions'],
  'single-blank-start-event': ['bpmn:FlowElementsContainer'],
  'single-event-definition': ['bpmn:Event'],
  'standard-size': ['bpmndi:BPMNShape'],
  'start-event-required': ['bpmn:Process', 'bpmn:SubProcess'],
  'sub-process-blank-start-event': ['bpmn:SubProcess'],
  'superfluous-gateway': ['bpmn:Gateway'],
  'superfluous-label': ['bpmn:SequenceFlow'],
  'superfluous-termination': ['bpmn:Process', 'bpmn:SubProcess']
};

/**
 * The scope each core rule honours (see ruleKit's `scope`): 'element' — its reports on a node
 * depend on the node alone; 'neighbourhood' — also on the node's flows and their other ends.
 * A core rule missing here needs the whole model (graph walks, ancestors, bookkeeping across
 * elements such as no-duplicate-sequence-flows). A wrapper keeps its declared scope only while
 * every core rule it bundles honours it (a team may bundle other core rules by parameter).
 */
const SCOPES = {
  'no-complex-gateway': 'element',
  'no-inclusive-gateway': 'element',
  'standard-size': 'element',
  'single-event-definition': 'element',
  'conditional-flows': 'neighbourhood',
  'event-based-gateway': 'neighbourhood',
  'fake-join': 'neighbourhood',
  'label-required': 'neighbourhood',
  'no-disconnected': 'neighbourhood',
  'no-gateway-join-fork': 'neighbourhood',
  'no-implicit-end': 'neighbourhood',
  'no-implicit-split': 'neighbourhood',
  'no-implicit-start': 'neighbourhood',
  'superfluous-gateway': 'neighbourhood',
  'superfluous-label': 'neighbourhood'
};

module.exports = { TYPES, SCOPES };
