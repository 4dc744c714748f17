package org.casus.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casus.lexicon.TsvResource;

/** Line patterns of web furniture, for every language casus reads, from {@code lexicon/boilerplate.tsv}. */
public final class BoilerplatePatterns {
  /** What a matched line means for the rest of the text. */
  public enum Scope {
    LINE,
    TAIL
  }

  /**
   * A pattern and what it stands for.
   *
   * @param kind what the furniture is ("comment_form", "share", "cookie"...), given as the reason
   */
  public record Rule(Scope scope, String kind, Pattern pattern) {}

  private final List<Rule> rules;

  private BoilerplatePatterns(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static BoilerplatePatterns load() {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : TsvResource.read("lexicon/boilerplate.tsv", 3)) {
      Scope scope = Scope.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
      rules.add(new Rule(scope, row[1], Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
    return new BoilerplatePatterns(rules);
  }

  /** The first rule a trimmed line matches whole. */
  public Optional<Rule> match(String line) {
    String trimmed = line.strip();
    for (Rule r : rules) {
      if (r.pattern().matcher(trimmed).matches()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
