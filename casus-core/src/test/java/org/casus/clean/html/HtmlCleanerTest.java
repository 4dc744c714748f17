package org.casus.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.Block;
import org.casus.model.BlockKind;
import org.casus.model.CleanText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
  private static final HtmlCleaner CLEANER = new HtmlCleaner();

  private static Document html(String content) {
    return new Document("doc-1", "test", Optional.of("https://news.example/story"),
        Optional.empty(), content, ContentFormat.HTML);
  }

  @Test
  void textIsTheHeadlineThenTheBodyBlocksSeparatedByBlankLines() {
    CleanText clean = CLEANER.clean(html(HtmlArticleExtractorTest.resource("news-page.html")));

    assertTrue(clean.text().startsWith("Shelling hits grain depot near Kherson\n\nArtillery fire "));
    assertEquals(8, clean.blocks().size());
    assertEquals(BlockKind.TITLE, clean.blocks().get(0).kind());
    assertEquals("Shelling hits grain depot near Kherson", clean.blocks().get(0).span().of(clean.text()));
    assertEquals(BlockKind.CONTENT, clean.blocks().get(1).kind());
    assertEquals(BlockKind.TITLE, clean.blocks().get(3).kind(), "an in-article heading");
    assertEquals(List.of(), clean.boilerplate());
  }

  @Test
  void everyBlockMapsBackToWhereItsFirstWordIsInTheRawHtml() {
    String raw = HtmlArticleExtractorTest.resource("news-page.html");
    CleanText clean = CLEANER.clean(html(raw));

    for (Block block : clean.blocks()) {
      String text = block.span().of(clean.text());
      String firstWord = text.split("[ ,.]")[0];
      int rawStart = clean.offsets().toRaw(block.span().start());
      assertTrue(raw.startsWith(firstWord, rawStart),
          "block \"" + text + "\" maps to \"" + raw.substring(rawStart, rawStart + 20) + "\"");
    }
  }

  @Test
  void wordsInsideABlockMapBackTooAcrossInlineTagsAndEntities() {
    String raw = "<html><body><article><p>Officials in <b>Kharkiv</b> said the strike &amp; "
        + "the fire that followed killed <em>four</em> people and wounded nine others on the "
        + "eastern side of the city.</p></article></body></html>";
    CleanText clean = CLEANER.clean(html(raw));

    for (String word : List.of("Officials", "Kharkiv", "four")) {
      int cleanOffset = clean.text().indexOf(word);
      assertTrue(raw.startsWith(word, clean.offsets().toRaw(cleanOffset)), word);
    }
  }

  @Test
  void aPageWithoutArticleTextGivesAnEmptyCleanText() {
    CleanText clean = CLEANER.clean(html("<html><body></body></html>"));

    assertEquals("", clean.text());
    assertEquals(List.of(), clean.blocks());
  }

  @Test
  void plainTextDocumentsAreNotItsJob() {
    Document text = Document.text("doc-2", "test", "Plain text.", Optional.empty());

    assertThrows(IllegalArgumentException.class, () -> CLEANER.clean(text));
  }

  @Test
  void contentThatIsNotMarkupIsRejected() {
    assertThrows(NotHtmlException.class, () -> CLEANER.clean(html("no markup here at all")));
  }
}
