/**
 * In: facts and the place names of their text.
 * Out: facts with resolved places: name, country, coordinates, precision.
 * Never: call a server; let one unknown name drop the others.
 */
package org.casus.place;
