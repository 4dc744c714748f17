package org.casus.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The singulars a plural word may have, from a language's {@code plural-endings.tsv}
 * ({@code plural ending<TAB>singular ending}), so that lexicons list lemmas only and still match
 * surface words ("véhicules aériens" finds "véhicule aérien", "hôpitaux" finds "hôpital").
 */
final class PluralForms {
  /** A stem shorter than this is never taken for a plural ("bus", "pas"). */
  private static final int MIN_STEM = 2;

  private record Rule(String plural, String singular) {}

  private final List<Rule> rules;

  private PluralForms(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static PluralForms none() {
    return new PluralForms(List.of());
  }

  /** The rules of the folder that holds {@code resource} ("lexicon/fr/damage.tsv" reads "lexicon/fr/plural-endings.tsv"). */
  static PluralForms besides(String resource) {
    int slash = resource.lastIndexOf('/');
    String folder = slash < 0 ? "" : resource.substring(0, slash + 1);
    return of(folder + "plural-endings.tsv");
  }

  static PluralForms of(String resource) {
    return new PluralForms(TsvResource.readOptional(resource, 2).stream()
        .map(r -> new Rule(LexiconKeys.fold(r[0]), LexiconKeys.fold(r[1])))
        .toList());
  }

  /** The part itself, then every singular the rules give it. */
  Set<String> formsOf(String part) {
    if (rules.isEmpty()) {
      return Set.of(part);
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(part);
    for (Rule r : rules) {
      if (part.endsWith(r.plural()) && part.length() - r.plural().length() >= MIN_STEM) {
        forms.add(part.substring(0, part.length() - r.plural().length()) + r.singular());
      }
    }
    return forms;
  }
}
