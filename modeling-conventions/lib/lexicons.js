'use strict';

/**
 * The keyword lexicons of the organisation, documentation and digitisation rules, loaded by
 * static require (bundlers inline them for the browser). Rules take their lists from here and
 * let the catalog add more through a parameter (`extra…` lists), so a GPM team can extend them
 * as data without touching the shipped lexicon files.
 */
const poolRoles = require('../lexicons/pool-roles.json');
const digitisation = require('../lexicons/digitisation-keywords.json');
const documentation = require('../lexicons/documentation-keywords.json');

/** A lexicon list plus the extra patterns from a rule parameter. */
function withExtra(list, extra) {
  return Array.isArray(extra) && extra.length ? list.concat(extra) : list;
}

module.exports = { poolRoles, digitisation, documentation, withExtra };
