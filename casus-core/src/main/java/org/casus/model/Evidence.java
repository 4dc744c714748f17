package org.casus.model;

/**
 * Where a fact comes from: the document, the sentence and the words, as offsets into the cleaned text.
 *
 * @param text the words themselves, {@code words.of(cleanText)}
 */
public record Evidence(String documentId, Span sentence, Span words, String text) {}
