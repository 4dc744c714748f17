/**
 * In: per-language TSV files under resources/lexicon.
 * Out: immutable look-up tables loaded once: number words, triggers, actors, weapons.
 * Never: hold rules: lexicons are data, rules live in the stages.
 */
package org.casus.lexicon;
