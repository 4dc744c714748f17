/**
 * In: documents and their pipeline results. Out: a DuckDB or PostgreSQL store of documents, facts,
 * claims, places and the incidents that link facts across documents. Never: run the pipeline itself.
 */
package org.casus.store;
