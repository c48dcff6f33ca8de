import type { SpecNodeType } from '../../domain/model/processSpec';

/**
 * Sizes and spacings of the generated diagrams. Shape sizes are bpmn-js' defaults, so that the
 * `standard-size` rule is satisfied and a model drawn by the workbench looks like one drawn by hand.
 */

/** Width and height of a shape. */
export interface Size {
  width: number;
  height: number;
}

/** Tasks, collapsed sub-processes and call activities. */
export const TASK_SIZE: Size = { width: 100, height: 80 };
/** Gateways. */
export const GATEWAY_SIZE: Size = { width: 50, height: 50 };
/** Events. */
export const EVENT_SIZE: Size = { width: 36, height: 36 };

/** Left edge of every pool. */
export const ORIGIN_X = 160;
/** Top edge of the topmost pool. */
export const ORIGIN_Y = 80;
/** The vertical band at the left of a pool that carries its name. */
export const POOL_LABEL_BAND = 30;
/** Height of a black-box pool of an external party. */
export const EXTERNAL_POOL_HEIGHT = 60;
/** Vertical distance between stacked pools (room for message flow labels). */
export const EXTERNAL_POOL_GAP = 70;
/** Room in a lane above its first row (gateway labels sit above their shape). */
export const LANE_PAD_TOP = 35;
/** Height of a row: the tallest shape, a task. */
export const ROW_HEIGHT = 80;
/** Room between two rows of a lane (event labels below, gateway labels above). */
export const ROW_GAP = 50;
/** Room in a lane below its last row or loop channel. */
export const LANE_PAD_BOTTOM = 35;
/** Smallest lane height (an empty lane stays visible). */
export const LANE_MIN_HEIGHT = 120;
/** Extra room above a row that carries a text annotation. */
export const ANNOTATION_SPACE = 80;
/** Width of a text annotation. */
export const ANNOTATION_WIDTH = 150;
/** Distance of the first loop channel below the last row of its lane. */
export const CHANNEL_OFFSET = 26;
/** Distance between loop channels of one lane. */
export const CHANNEL_PITCH = 16;
/** Smallest horizontal gap between two columns. */
export const MIN_GAP = 60;
/** Horizontal distance between vertical flow segments sharing one gap. */
export const SLOT_SPACING = 16;
/** Width of the margins left of the first and right of the last column. */
export const MARGIN_GAP = 50;
/** Smallest pool width. */
export const MIN_POOL_WIDTH = 600;
/** Widest external label: bpmn-js draws event, gateway and flow labels at most 90 px wide. */
export const LABEL_MAX_WIDTH = 90;
/** Line height of an 11 px label. */
export const LABEL_LINE_HEIGHT = 14;
/** Average character width of an 11 px Arial label. */
export const CHAR_WIDTH = 6.2;

/** Is the type an event? */
export function isEventType(type: SpecNodeType): boolean {
  return type.endsWith('Event');
}

/** Is the type a gateway? */
export function isGatewayType(type: SpecNodeType): boolean {
  return type.endsWith('Gateway');
}

/** The bpmn-js default size of a flow node type (sub-processes are drawn collapsed). */
export function shapeSize(type: SpecNodeType): Size {
  if (isEventType(type)) return EVENT_SIZE;
  if (isGatewayType(type)) return GATEWAY_SIZE;
  return TASK_SIZE;
}

/** Estimated width in pixels of a one-line label. */
export function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH);
}

/** Estimated size of an external label (events, gateways), wrapped at bpmn-js' label width. */
export function externalLabelSize(text: string): Size {
  const width = Math.min(LABEL_MAX_WIDTH, Math.max(10, textWidth(text)));
  const lines = Math.max(1, Math.ceil(textWidth(text) / LABEL_MAX_WIDTH));
  return { width, height: lines * LABEL_LINE_HEIGHT };
}
