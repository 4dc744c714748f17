package org.casus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.Block;
import org.casus.model.BlockKind;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.junit.jupiter.api.Test;

/** Web furniture of French and English pages, one kind a test; article sentences stay content. */
class BoilerplatePatternsTest {
  private final BoilerplatePatterns patterns = BoilerplatePatterns.load();
  private final PlainTextCleaner cleaner = new PlainTextCleaner(patterns);

  private String kind(String line) {
    return patterns.match(line).map(BoilerplatePatterns.Rule::kind).orElse("content");
  }

  @Test
  void commentPrompts() {
    for (String l : List.of("Laisser un commentaire", "Leave a Reply", "12 commentaires", "3 Comments", "Soyez le premier à commenter",
        "You must be logged in to post a comment.", "Comments are closed.", "Your email address will not be published. Required fields are marked *")) {
      assertEquals("comment_form", kind(l), l);
    }
  }

  @Test
  void pluginErrors() {
    for (String l : List.of("GIPHY App Key not set. Please check settings", "Please enable JavaScript to view the comments",
        "Your browser does not support the video tag.", "Chargement...")) {
      assertEquals("plugin_error", kind(l), l);
    }
  }

  @Test
  void newsletterAndCookieNotices() {
    assertEquals("newsletter", kind("Inscrivez-vous à notre newsletter quotidienne"));
    assertEquals("newsletter", kind("Sign up for our morning newsletter"));
    assertEquals("newsletter", kind("Cet article est réservé aux abonnés."));
    assertEquals("cookie", kind("Nous utilisons des cookies pour améliorer votre expérience."));
    assertEquals("cookie", kind("We use cookies. See our Privacy Policy."));
    assertEquals("cookie", kind("Tout accepter"));
  }

  @Test
  void shareBarsAndCounts() {
    for (String l : List.of("Partager sur Facebook", "Share this:", "1,2K partages", "356 Shares", "Facebook Twitter WhatsApp",
        "Facebook | Twitter | LinkedIn | E-mail", "Tweet", "Spread the love")) {
      assertEquals("share", kind(l), l);
    }
  }

  @Test
  void otherStoriesEndTheArticle() {
    for (String l : List.of("Articles similaires", "Lire aussi : Les combats reprennent", "Related stories", "You may also like",
        "Les plus lus")) {
      assertEquals("related", kind(l), l);
    }
  }

  @Test
  void articleSentencesAreNotFurniture() {
    for (String l : List.of(
        "Le gouvernement refuse d'accepter tout accord qui ne prévoit pas le retrait des troupes.",
        "Three civilians were killed when a shell hit a market, officials said.",
        "Selon le ministère, 42 civils ont perdu la vie et 206 ont été blessés.",
        "Les commentaires du ministre ont été critiqués par l'opposition.",
        "The ministry shared images of the destroyed vehicles on Monday.")) {
      assertEquals("content", kind(l), l);
    }
  }

  @Test
  void aCommentCounterAboveTheArticleDoesNotSwallowIt() {
    CleanText c = cleaner.clean(Document.text("t", "t", "Frappe sur Ganja\n\n12 commentaires\n\n"
        + "Les forces arméniennes ont lancé une frappe de missiles sur Ganja.\n", Optional.empty()));
    List<BlockKind> kinds = c.blocks().stream().map(Block::kind).toList();
    assertEquals(List.of(BlockKind.TITLE, BlockKind.BOILERPLATE, BlockKind.CONTENT), kinds);
  }

  @Test
  void furnitureIsReportedWithItsKindAndOffsets() {
    String text = "Une phrase de l'article, avec un verbe.\n\n356 Shares\n";
    CleanText c = cleaner.clean(Document.text("t", "t", text, Optional.empty()));
    Block b = c.boilerplate().get(0);
    assertEquals("356 Shares", b.span().of(text));
    assertTrue(b.reason().startsWith("share: "), b.reason());
  }
}
