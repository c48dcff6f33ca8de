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

/** Cache key for a label plus its (JSON-serialisable) parameters. */
function labelParamsKey(label, params) {
  return String(label) + '\u0000' + (params ? JSON.stringify(params) : '');
}

module.exports = { memoize, labelParamsKey };
