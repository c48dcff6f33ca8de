'use strict';

/**
 * Bounded memoisation for the pure label functions: labels and words repeat across elements,
 * models and re-lints after an edit, so results are kept by key. The functions are pure (same
 * input, same output), so the cache changes speed only, never findings; it is emptied when full.
 */

/**
 * @template T
 * @param {(...args: any[]) => T} fn pure function
 * @param {(...args: any[]) => string} key cache key of the arguments
 * @param {number} [max] entries kept before the cache starts over
 * @returns {(...args: any[]) => T} memoised function
 */
function memoize(fn, key, max = 20000) {
  const cache = new Map();
  return function memoized(...args) {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k);
    const value = fn(...args);
    if (cache.size >= max) cache.clear();
    cache.set(k, value);
    return value;
  };
}

// JSON of parameter objects: rules hand the same (never changed) parameter object for every
// element, so it is serialised once per object instead of once per label
const PARAMS_JSON = new WeakMap();

/** Cache key for a label plus its (JSON-serialisable) parameters; parameter objects must not change once used. */
function labelParamsKey(label, params) {
  if (!params) return String(label) + '\u0000';
  if (typeof params !== 'object') return String(label) + '\u0000' + JSON.stringify(params);
  let json = PARAMS_JSON.get(params);
  if (json === undefined) {
    json = JSON.stringify(params);
    PARAMS_JSON.set(params, json);
  }
  return String(label) + '\u0000' + json;
}

const DERIVED = new WeakMap();

/**
 * `{ ...params, [name]: value }`, the same object for the same parameters and value, so that
 * `labelParamsKey` serialises it once (rules add the element kind or event trigger this way).
 */
function paramsWith(params, name, value) {
  let byName = DERIVED.get(params);
  if (!byName) {
    byName = new Map();
    DERIVED.set(params, byName);
  }
  const key = name + '\u0000' + String(value);
  let derived = byName.get(key);
  if (!derived) {
    derived = { ...params, [name]: value };
    byName.set(key, derived);
  }
  return derived;
}

module.exports = { memoize, labelParamsKey, paramsWith };
