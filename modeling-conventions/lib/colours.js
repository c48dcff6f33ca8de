'use strict';

/**
 * Colours of DI shapes and edges: bpmn.io's `bioc:fill/stroke` and the OMG "BPMN in Color"
 * `color:background-color/border-color` (and `color:color` of labels), normalised to
 * lower-case `#rrggbb` where possible.
 */

const NAMED = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', grey: '#808080', gray: '#808080', lightgrey: '#d3d3d3', lightgray: '#d3d3d3'
};

function get(di, name) {
  if (!di) return undefined;
  try {
    if (typeof di.get === 'function') {
      const v = di.get(name);
      if (v !== undefined && v !== null && v !== '') return v;
    }
  } catch (e) {
    // unknown property on a generic element: fall through to $attrs
  }
  const attrs = di.$attrs || {};
  return attrs[name];
}

/** Normalise a CSS colour to '#rrggbb' (or the lower-cased input if not parseable). */
function normalizeColour(value) {
  const v = String(value || '').trim().toLowerCase();
  if (!v) return undefined;
  if (NAMED[v]) return NAMED[v];
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (m) return '#' + m[1] + m[1] + m[2] + m[2] + m[3] + m[3];
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(v);
  if (m) return '#' + [m[1], m[2], m[3]].map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0')).join('');
  return v;
}

/** The colours set on a DI element: [{ attribute, value }] (normalised values). */
function coloursOf(di) {
  const out = [];
  for (const attribute of ['bioc:fill', 'bioc:stroke', 'color:background-color', 'color:border-color']) {
    const value = normalizeColour(get(di, attribute));
    if (value) out.push({ attribute, value });
  }
  const label = di && di.label;
  const labelColour = label ? normalizeColour(get(label, 'color:color')) : undefined;
  if (labelColour) out.push({ attribute: 'color:color', value: labelColour });
  return out;
}

/** The fill colour of a DI shape (normalised) or undefined. */
function fillOf(di) {
  return normalizeColour(get(di, 'bioc:fill')) || normalizeColour(get(di, 'color:background-color'));
}

/** True for a yellowish colour (hue 40°–70°, saturated, light): the usual "temporary note" marker. */
function isYellowish(colour) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(colour || '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max < 0.6 || max - min < 0.25) return false;
  let hue;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  return hue >= 40 && hue <= 70;
}

module.exports = { coloursOf, fillOf, normalizeColour, isYellowish };
