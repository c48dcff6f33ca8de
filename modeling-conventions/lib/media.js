'use strict';

/**
 * Processing medium of activities and media breaks along the flow (MK-DIG-01, MK-DIG-07).
 *
 * The medium comes from `gpm:activityInfo medium` (digital | papier | hybrid); with inference
 * on, a missing attribute is guessed from the label (paper work or paper channel words →
 * papier, digital channel words → digital) and from automated task types (→ digital). A media
 * break is a pair of consecutive activities — directly or via gateways and events — one digital
 * and the other on paper; hybrid steps are deliberate transition points and never a break.
 */
const { is, isAny, nameOf } = require('./bpmn');
const { readActivityInfo } = require('./gpm');
const { hasKeyword } = require('./keywords');
const { digitisation } = require('./lexicons');

const AUTOMATED = ['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

/**
 * { medium: 'digital'|'papier'|'hybrid'|undefined, inferred: boolean } of an activity.
 * `index` (optional): the run's model index, to read the activity's attributes once per run.
 */
function mediumOf(activity, infer, index) {
  const info = (index ? index.activityInfo(activity) : readActivityInfo(activity)) || {};
  const value = String(info.medium || '').toLowerCase();
  if (value === 'digital' || value === 'papier' || value === 'hybrid') return { medium: value, inferred: false };
  if (!infer) return { medium: undefined, inferred: false };
  const name = nameOf(activity);
  const digital = hasKeyword(name, digitisation.digitalChannels);
  const paper = hasKeyword(name, digitisation.paperWork) || hasKeyword(name, digitisation.paperChannels);
  if (paper && !digital) return { medium: 'papier', inferred: true };
  if (digital && !paper) return { medium: 'digital', inferred: true };
  if (isAny(activity, AUTOMATED)) return { medium: 'digital', inferred: true };
  return { medium: undefined, inferred: false };
}

/** Activities that follow `activity` directly or through gateways and events. */
function nextActivities(graph, activity) {
  const out = new Set();
  const seen = new Set([activity]);
  const stack = [...(graph.succ.get(activity) || [])];
  while (stack.length) {
    const n = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    if (is(n, 'bpmn:Activity')) out.add(n);
    else stack.push(...(graph.succ.get(n) || []));
  }
  return out;
}

/**
 * Media breaks of one process level: [{ from, to, fromMedium, toMedium, inferred }].
 * Cached per index and container.
 */
function mediaBreaks(index, container, infer) {
  return index._lazyFor('mediaBreaks:' + !!infer, container, () => {
    const graph = index.graphOf(container);
    const breaks = [];
    const media = new Map();
    const medium = (a) => {
      if (!media.has(a)) media.set(a, mediumOf(a, infer, index));
      return media.get(a);
    };
    for (const a of graph.nodes) {
      if (!is(a, 'bpmn:Activity')) continue;
      const ma = medium(a);
      if (ma.medium !== 'digital' && ma.medium !== 'papier') continue;
      for (const b of nextActivities(graph, a)) {
        const mb = medium(b);
        if ((mb.medium === 'digital' || mb.medium === 'papier') && mb.medium !== ma.medium) {
          breaks.push({ from: a, to: b, fromMedium: ma.medium, toMedium: mb.medium, inferred: ma.inferred || mb.inferred });
        }
      }
    }
    return breaks;
  });
}

module.exports = { mediumOf, mediaBreaks, nextActivities };
