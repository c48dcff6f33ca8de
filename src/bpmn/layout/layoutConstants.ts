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

export const TASK_SIZE: Size = { width: 100, height: 80 };
export const GATEWAY_SIZE: Size = { width: 50, height: 50 };
export const EVENT_SIZE: Size = { width: 36, height: 36 };

/** Left edge of every pool and top edge of the topmost pool. */
export const ORIGIN_X = 160;
export const ORIGIN_Y = 80;
/** The vertical band at the left of a pool that carries its name. */
export const POOL_LABEL_BAND = 30;
/** Black-box pools of external parties. */
export const EXTERNAL_POOL_HEIGHT = 60;
export const EXTERNAL_POOL_GAP = 70;
/** Vertical room in a lane: above the first row, between rows, below the last row. */
export const LANE_PAD_TOP = 35;
export const ROW_HEIGHT = 80;
export const ROW_GAP = 50;
export const LANE_PAD_BOTTOM = 35;
export const LANE_MIN_HEIGHT = 120;
/** Extra room above a row that carries a text annotation. */
export const ANNOTATION_SPACE = 80;
export const ANNOTATION_WIDTH = 150;
/** Loop-back flows run in channels below the rows of their lane. */
export const CHANNEL_OFFSET = 26;
export const CHANNEL_PITCH = 16;
/** Horizontal room between columns; widened when many flows bend in one gap. */
export const MIN_GAP = 60;
export const SLOT_SPACING = 16;
export const MARGIN_GAP = 50;
export const MIN_POOL_WIDTH = 600;
/** Label text metrics (bpmn-js draws external labels in 11 px Arial, at most 90 px wide). */
export const LABEL_MAX_WIDTH = 90;
export const LABEL_LINE_HEIGHT = 14;
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
