package org.casus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.casus.model.BlockKind;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {
  private final PlainTextCleaner cleaner = new PlainTextCleaner(BoilerplatePatterns.load());

  private CleanText clean(String text) {
    return cleaner.clean(Document.text("t", "t", text, Optional.empty()));
  }

  @Test
  void commentFormAndWhatFollowsAreBoilerplate() {
    CleanText c = clean("Titre de l'article\n\nCorps de l'article, avec une phrase.\n\nLaisser un commentaire\n\n"
        + "Votre adresse e-mail ne sera pas publiée.\n\n    Un autre titre sans rapport\n");
    assertEquals(2, c.extractable().size());
    assertEquals(3, c.boilerplate().size());
  }

  @Test
  void pluginErrorsAndStrayFragmentsAreBoilerplate() {
    CleanText c = clean("in\n\nUne phrase de l'article.\n\nGIPHY App Key not set. Please check settings\n");
    assertEquals(BlockKind.BOILERPLATE, c.blocks().get(0).kind());
    assertEquals(BlockKind.CONTENT, c.blocks().get(1).kind());
    assertEquals(BlockKind.BOILERPLATE, c.blocks().get(2).kind());
  }

  @Test
  void headlineIsTitleAndLaterShortLinesAreHeadings() {
    CleanText c = clean("Kyiv under fire\n\nThe city was shelled overnight.\n\nRescuers at work\n\nMore text follows here.");
    assertEquals(BlockKind.TITLE, c.blocks().get(0).kind());
    assertEquals(BlockKind.HEADING, c.blocks().get(2).kind());
  }

  @Test
  void offsetsAreThoseOfTheInput() {
    String text = "  Titre\n\n  Une phrase de l'article.  \n";
    CleanText c = clean(text);
    for (var b : c.blocks()) {
      assertTrue(text.substring(b.span().start(), b.span().end()).equals(b.span().of(c.text())));
    }
    assertEquals("Une phrase de l'article.", c.blocks().get(1).span().of(text));
  }
}
