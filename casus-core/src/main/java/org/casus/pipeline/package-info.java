/**
 * In: stages, built once.
 * Out: a Pipeline that turns Documents into DocumentResults.
 * Never: let an exception from one document escape the batch loop.
 */
package org.casus.pipeline;
