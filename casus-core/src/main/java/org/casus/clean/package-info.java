/**
 * In: a Document.
 * Out: a CleanText: main text, blocks marked content or boilerplate, offsets back to the raw content.
 * Never: drop characters without keeping the offset map; extract facts.
 */
package org.casus.clean;
