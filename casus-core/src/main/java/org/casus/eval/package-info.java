/**
 * In: gold files and the pipeline's output in the contract's JSON form.
 * Out: precision, recall and F1 per fact type, field accuracies, error lists.
 * Never: tune anything: it only measures.
 */
package org.casus.eval;
