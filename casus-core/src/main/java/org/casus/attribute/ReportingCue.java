package org.casus.attribute;

import java.util.BitSet;
import java.util.List;
import org.casus.model.Span;

/**
 * One place in a sentence where the text says who speaks: a reporting or denial verb with its
 * subject, or a source marker with the noun phrase it introduces.
 *
 * @param words the reporting words as written ("a déclaré", "a-t-il souligné", "Selon")
 * @param span where those words stand
 * @param speaker token indices of the claimant phrase, in sentence order; empty when the text names
 *     none ("a ajouté" with no subject)
 * @param domain token indices of the clause the cue reports: a fact whose words lie there is claimed
 * @param denial whether the speaker denies what the clause says
 * @param complement whether the clause is a verb's complement, where a conditional is tense, not doubt
 */
record ReportingCue(String words, Span span, List<Integer> speaker, BitSet domain, boolean denial,
    boolean complement) {
  ReportingCue {
    speaker = List.copyOf(speaker);
    domain = (BitSet) domain.clone();
  }

  @Override
  public BitSet domain() {
    return (BitSet) domain.clone();
  }

  /** Whether most of the given tokens lie in the reported clause. */
  boolean covers(List<Integer> tokens) {
    long inside = tokens.stream().filter(domain::get).count();
    return !tokens.isEmpty() && inside * 2 > tokens.size();
  }

  int size() {
    return domain.cardinality();
  }
}
