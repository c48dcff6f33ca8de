'use strict';

/**
 * Which pools are customers (applicants, citizens, companies) and which pools or lanes are IT
 * systems, by the name patterns of `lexicons/pool-roles.json`; cached per model index.
 */
const { nameOf } = require('./bpmn');
const { hasKeyword } = require('./keywords');
const { poolRoles } = require('./lexicons');

/** True if the pool is a customer pool. */
function isCustomerPool(index, pool) {
  const set = index._lazy('customerPools', () => new Set(index.participants.filter((p) => hasKeyword(nameOf(p), poolRoles.customer))));
  return !!pool && set.has(pool);
}

/** True if any pool of the model is a customer pool. */
function hasCustomerPool(index) {
  return index.participants.some((p) => isCustomerPool(index, p));
}

/** True if the element's lane or pool is named like an IT system. */
function inItRole(index, element) {
  const lane = index.laneOf(element);
  const pool = index.poolOf(element);
  return (!!lane && hasKeyword(nameOf(lane), poolRoles.it)) || (!!pool && hasKeyword(nameOf(pool), poolRoles.it));
}

/**
 * Message flows with the customer: between a customer pool and another pool; in models without
 * a recognisable customer pool, every message flow between two different pools.
 */
function customerMessageFlows(index) {
  return index._lazy('customerMessageFlows', () => {
    const anyCustomer = hasCustomerPool(index);
    return index.messageFlows.filter((f) => {
      const a = index.poolOf(f.sourceRef);
      const b = index.poolOf(f.targetRef);
      if (!a || !b || a === b) return false;
      return anyCustomer ? isCustomerPool(index, a) || isCustomerPool(index, b) : true;
    });
  });
}

module.exports = { isCustomerPool, hasCustomerPool, inItRole, customerMessageFlows };
