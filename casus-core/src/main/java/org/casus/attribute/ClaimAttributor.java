package org.casus.attribute;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.lexicon.ActorLexicon;
import org.casus.lexicon.SideLexicon;
import org.casus.model.AnnotatedText;
import org.casus.model.BlockKind;
import org.casus.model.Claim;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Stance;
import org.casus.model.Token;

/**
 * Gives each fact the claim it is reported under, reading the document in order as a
 * {@link ClaimScope}: a reporting cue of the fact's own sentence whose clause holds the fact's
 * words names the claimant; otherwise the claim in force (the last statement still being reported
 * in the paragraph, or carried into later paragraphs by cues that point back to it); otherwise the
 * article's own voice. The stance is denied under a denial verb, hedged beside a hedge word or a
 * conditional outside a reporting verb's complement, asserted otherwise. Stateless and
 * thread-safe once built.
 */
public final class ClaimAttributor implements Attributor {
  /** The lexicons of one language. */
  record Lexicons(ReportingLexicon reporting, ReportingCueFinder cues, ClaimantResolver claimants) {}

  private final Map<Language, Lexicons> byLanguage;

  public ClaimAttributor(Map<Language, Lexicons> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /** Loads the reporting and actor lexicons of every language that has both. */
  public static ClaimAttributor load() {
    Map<Language, Lexicons> m = new EnumMap<>(Language.class);
    for (Language lang : Language.values()) {
      if (ClaimAttributor.class.getClassLoader()
          .getResource("lexicon/" + lang.code() + "/reporting.tsv") == null) {
        continue;
      }
      ReportingLexicon reporting = ReportingLexicon.load(lang);
      ActorLexicon actors = ActorLexicon.load(lang, SideLexicon.load(lang));
      m.put(lang, new Lexicons(reporting, new ReportingCueFinder(reporting),
          new ClaimantResolver(actors, reporting)));
    }
    return new ClaimAttributor(m);
  }

  @Override
  public List<Fact> attribute(AnnotatedText text, List<Fact> facts) {
    Lexicons lex = byLanguage.get(text.language());
    if (lex == null) {
      return List.copyOf(facts);
    }
    ClaimScope scope = new ClaimScope(text, lex);
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Fact attributed = attributeOne(f, scope);
      if (attributed instanceof Event denied && denied.provenance().claim().stance() == Stance.DENIED
          && foldIntoEarlier(out, denied)) {
        continue;
      }
      out.add(attributed);
    }
    denyEarlierEvents(scope, out);
    return List.copyOf(out);
  }

  /**
   * A denial that tells no event of its own ("Le porte-parole de l'armée arménienne a démenti ces
   * accusations") denies the event reported last before it, and the events reported just before
   * that by claimants of the same side: the accusations of one side, told in a row.
   */
  private static void denyEarlierEvents(ClaimScope scope, List<Fact> facts) {
    for (ClaimScope.Denial d : scope.denials()) {
      boolean tellsAnEvent = facts.stream().anyMatch(f -> f instanceof Event
          && d.sentence().span().contains(f.evidence().words()));
      if (tellsAnEvent) {
        continue;
      }
      Optional<String> accuser = Optional.empty();
      for (int i = facts.size() - 1; i >= 0; i--) {
        if (!(facts.get(i) instanceof Event e) || e.evidence().words().end() > d.sentence().span().start()) {
          continue;
        }
        Optional<String> side = e.provenance().claim().claimant().side();
        if (accuser.isPresent() && !accuser.equals(side)) {
          break;
        }
        facts.set(i, e.deniedBy(d.claim().claimant()));
        if (side.isEmpty() || side.equals(d.claim().claimant().side())) {
          break;
        }
        accuser = side;
      }
    }
  }

  /**
   * A denial that tells an event again ("Armenia denied shelling Ganja") denies the event reported
   * before it, of the same type when there is one: that event gets the denier, and the denial
   * adds no event of its own.
   */
  private static boolean foldIntoEarlier(List<Fact> earlier, Event denial) {
    int target = -1;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (earlier.get(i) instanceof Event e && e.provenance().claim().stance() != Stance.DENIED) {
        if (e.eventType().equals(denial.eventType())) {
          target = i;
          break;
        }
        if (target < 0) {
          target = i;
        }
      }
    }
    if (target < 0) {
      return false;
    }
    Event e = (Event) earlier.get(target);
    earlier.set(target, e.deniedBy(denial.provenance().claim().claimant()));
    return true;
  }

  private Fact attributeOne(Fact f, ClaimScope scope) {
    Optional<ClaimScope.Located> located = scope.locate(f.evidence().words());
    if (located.isEmpty()) {
      return f;
    }
    Claim claim = scope.claimOf(located.get());
    Fact out = f.withProvenance(f.provenance().withClaim(claim));
    if (claim.stance() == Stance.DENIED && out instanceof Event e) {
      out = e.deniedBy(claim.claimant());
    }
    return out;
  }

  static boolean isHeading(AnnotatedText text, Sentence s) {
    return text.clean().blocks().stream()
        .anyMatch(b -> b.kind() == BlockKind.HEADING && b.span().overlaps(s.span()));
  }

  static List<Token> tokensOf(Sentence s, org.casus.model.Span words) {
    return s.tokens().stream().filter(t -> t.span().overlaps(words)).toList();
  }
}
