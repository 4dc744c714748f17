package org.casus.clean.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random tag soup either yields an article or is refused as not HTML; nothing else escapes. */
class HtmlArticleExtractorFuzzTest {
  private static final List<String> PIECES = List.of(
      "<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<a href=x>", "</a>",
      "<table><tr><td>", "</td>", "<ul><li>", "<h1>", "</h1>", "<script>", "</script>",
      "<!--", "-->", "<b", ">", "&amp;", "&#0;", "&#xFFFFFF;", "<br/>", "<div class=\"comment\">",
      "<span style=\"display:none\">", "Shells hit the town, officials said.", "\u0000", " ",
      "<meta property=article:published_time content=2099-99-99>", "<time datetime=\"x\">",
      "<svg><foreignObject><p>", "<![CDATA[", "]]>", "<h1>Title</h1>", "\n");

  @Test
  void randomTagSoupNeverThrowsAnythingButNotHtml() {
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    Random random = new Random(20240307L);
    for (int round = 0; round < 500; round++) {
      StringBuilder html = new StringBuilder();
      int pieces = random.nextInt(200);
      for (int i = 0; i < pieces; i++) {
        html.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      try {
        extractor.extract(html.toString());
      } catch (NotHtmlException expected) {
        // refusing input that is not markup is the specified outcome
      } catch (RuntimeException | StackOverflowError e) {
        fail("round " + round + " threw " + e + " on: " + html, e);
      }
    }
  }
}
