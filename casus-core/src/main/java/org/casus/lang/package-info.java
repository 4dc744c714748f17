/**
 * In: a CleanText.
 * Out: the language of the document (and of each paragraph, for mixed texts), or an unsupported-language verdict.
 * Never: send a text to a pipeline of another language; fetch a model at run time (Lingua's ship in its jar).
 */
package org.casus.lang;
