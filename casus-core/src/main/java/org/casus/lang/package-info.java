/**
 * In: a CleanText.
 * Out: the Language of the document, or an unsupported-language verdict.
 * Never: send a text to a pipeline of another language.
 */
package org.casus.lang;
