/**
 * In: an AnnotatedText and its facts.
 * Out: the same facts, each with its claimant, reporting verb and stance.
 * Never: invent a claimant the text does not name; the article's own voice is 'unattributed'.
 */
package org.casus.attribute;
