/**
 * In: files, directories, stdin, JSON Lines, HTML, WARC, feeds.
 * Out: Documents with a stable id, their raw content and metadata.
 * Never: decide what is boilerplate or what language a text is in; lose a document silently.
 */
package org.casus.ingest;
