/**
 * In: nothing; these are the records every stage passes on.
 * Out: immutable records: documents, cleaned and annotated text, facts with their evidence.
 * Never: hold I/O, mutable state or nulls for absent values (Optional, empty lists).
 */
package org.casus.model;
