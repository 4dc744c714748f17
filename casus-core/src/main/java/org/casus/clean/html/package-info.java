/**
 * In: an HTML page (a Document of format HTML, or a string and an optional base URL).
 * Out: its title, byline, publication date and article blocks, with offsets back to the raw markup.
 * Never: recurse over the DOM (pages nest thousands deep), fetch anything, or keep rules for one site.
 */
package org.casus.clean.html;
