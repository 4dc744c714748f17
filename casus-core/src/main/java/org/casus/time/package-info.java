/**
 * In: facts and the publication date.
 * Out: facts with their date range and precision.
 * Never: date a fact with the publication day when the text gives another day.
 */
package org.casus.time;
