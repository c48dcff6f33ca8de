'use strict';

/**
 * MK-PAL-01 — Erlaubte Symbolpalette: only whitelisted BPMN element types (param
 * `allowedTypes`, exact `$type`s) are used; event sub-processes, loop/multi-instance markers and
 * expanded sub-processes are separate switches. Only `bpmn:` modelling elements are checked —
 * DI, definitions and foreign extension elements (Signavio, Camunda, ADONIS …) are ignored.
 * Gateways and event triggers are left to MK-PAL-02/03, typed tasks to MK-PAL-04.
 */
const { defineRule } = require('../lib/ruleKit');
const { is, isAny, isEventSubProcess } = require('../lib/bpmn');
const { Describe } = require('../lib/describe');

const CHECKED = [
  'bpmn:FlowElement', 'bpmn:Artifact', 'bpmn:Participant', 'bpmn:MessageFlow', 'bpmn:Lane',
  'bpmn:ConversationNode', 'bpmn:ConversationLink', 'bpmn:ConversationAssociation', 'bpmn:ParticipantAssociation'
];

module.exports = defineRule('palette-allowed-elements', {
  allowedTypes: [
    'bpmn:Participant', 'bpmn:Lane', 'bpmn:Task', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:ManualTask',
    'bpmn:SendTask', 'bpmn:ReceiveTask', 'bpmn:BusinessRuleTask', 'bpmn:ScriptTask', 'bpmn:SubProcess',
    'bpmn:CallActivity', 'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:IntermediateCatchEvent',
    'bpmn:IntermediateThrowEvent', 'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway', 'bpmn:EventBasedGateway',
    'bpmn:InclusiveGateway', 'bpmn:ComplexGateway', 'bpmn:SequenceFlow', 'bpmn:MessageFlow', 'bpmn:DataObject',
    'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group'
  ],
  allowEventSubProcess: false,
  allowLoopMarkers: false,
  allowExpandedSubProcess: false,
  levelName: 'Basis-Level'
}, (ctx) => {
  const allowed = new Set(ctx.params.allowedTypes || []);
  const level = ctx.params.levelName;
  return (node, report) => {
    if (typeof node.$type !== 'string' || !node.$type.startsWith('bpmn:')) return;
    if (!isAny(node, CHECKED)) return;
    if (!allowed.has(node.$type)) {
      report(node.id, `${Describe(node)} gehört nicht zur erlaubten Symbolpalette (${level}).`);
      return;
    }
    if (isEventSubProcess(node) && !ctx.params.allowEventSubProcess) {
      report(node.id, `${Describe(node)} ist ein Ereignis-Teilprozess; diese gehören nicht zur erlaubten Symbolpalette (${level}).`);
      return;
    }
    if (is(node, 'bpmn:Activity') && node.loopCharacteristics && !ctx.params.allowLoopMarkers) {
      report(node.id, `${Describe(node)} trägt eine Schleifen- oder Mehrfachinstanz-Markierung; diese gehört nicht zur erlaubten Symbolpalette (${level}).`);
      return;
    }
    if (is(node, 'bpmn:SubProcess') && !isEventSubProcess(node) && !ctx.params.allowExpandedSubProcess &&
      ctx.index(node).isCollapsed(node) === false) {
      report(node.id, `${Describe(node)} ist aufgeklappt dargestellt; im ${level} werden Teilprozesse zugeklappt mit eigenem Diagramm modelliert.`);
    }
  };
}, { types: CHECKED, scope: 'element' });
