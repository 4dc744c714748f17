/**
 * In: a CleanText in a known language.
 * Out: an AnnotatedText: sentences, tokens, lemmas, UD POS and dependencies, entities.
 * Never: build a CoreNLP pipeline per document; download anything.
 */
package org.casus.nlp;
