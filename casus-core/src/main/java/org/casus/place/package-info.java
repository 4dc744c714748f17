/**
 * In: annotated texts (tokens with NER labels), the gazetteer index and the locative lexicons.
 * Out: place mentions, then resolved places: name, country, coordinates, precision, mention span.
 * Never: call a server; let one unknown name drop the others.
 */
package org.casus.place;
