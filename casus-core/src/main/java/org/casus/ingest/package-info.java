/**
 * In: files, directories, stdin, URLs, JSON Lines, HTML, WARC, RSS/Atom feeds, URL lists (gzipped or not).
 * Out: Documents with a stable id, their decoded content and metadata, or an error record per unreadable one.
 * Never: decide what is boilerplate or what language a text is in; lose a document silently; fetch an address the user did not give.
 */
package org.casus.ingest;
