/**
 * In: facts.
 * Out: the JSON objects of the output contract (docs/contract.md, contract.schema.json).
 * Never: change a field name or value without changing the contract's documentation.
 */
package org.casus.contract;
