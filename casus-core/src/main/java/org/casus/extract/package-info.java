/**
 * In: an AnnotatedText.
 * Out: facts (casualties, materiel, damage, events) with the words they come from.
 * Never: name a word of any language in code: words come from the lexicon files.
 */
package org.casus.extract;
