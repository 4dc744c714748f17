package org.casus.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casus.extract.CasualtyExtractor;
import org.casus.model.AnnotatedText;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Claim;
import org.casus.model.ClaimantKind;
import org.casus.model.Count;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's casualty figures, extracted for real, then attributed. */
class SeedArticleAttributionTest {
  private static List<Fact> facts;

  @BeforeAll
  static void run() throws IOException {
    Optional<Path> shared = SharedNlp.shared();
    assumeTrue(shared.isPresent(), "shared folder with the seed article not found");
    String text = Files.readString(shared.get().resolve("seed/article-fr.txt"));
    AnnotatedText annotated = SharedNlp.annotate(text, Language.FR);
    List<Fact> extracted = new CasualtyExtractor(SharedNlp.lexicons()).extract(annotated);
    facts = ClaimAttributor.load().attribute(annotated, extracted);
  }

  private static Claim claimOf(CasualtyOutcome outcome, Count count) {
    return facts.stream()
        .filter(f -> f instanceof Casualties c && c.outcome() == outcome && c.count().equals(count))
        .findFirst().orElseThrow(() -> new AssertionError("no " + outcome + " " + count + " in " + facts))
        .provenance().claim();
  }

  @Test
  void prosecutorClaimsTheCivilianToll() {
    for (Count n : List.of(Count.exact(42), Count.exact(206))) {
      Claim c = claimOf(n.equals(Count.exact(42)) ? CasualtyOutcome.KILLED : CasualtyOutcome.INJURED, n);
      assertEquals(ClaimantKind.JUDICIARY, c.claimant().kind());
      assertEquals(Optional.of("AZE"), c.claimant().side());
    }
  }

  @Test
  void ganjaFiguresAreInTheArticlesVoice() {
    assertEquals(Claim.unattributed(), claimOf(CasualtyOutcome.KILLED, Count.atLeast(10)));
    assertEquals(Claim.unattributed(), claimOf(CasualtyOutcome.INJURED, Count.exact(35)));
  }

  @Test
  void ministryClaimsTheSoldiersNeutralised() {
    Claim c = facts.stream()
        .filter(f -> f instanceof Casualties c2 && c2.evidence().text().contains("nombreux soldats"))
        .findFirst().orElseThrow(() -> new AssertionError(facts.toString())).provenance().claim();
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("AZE"), c.claimant().side());
  }
}
