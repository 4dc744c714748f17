package org.casus.clean.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

  static String resource(String name) {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> texts(HtmlArticle article) {
    return article.blocks().stream().map(ArticleBlock::text).toList();
  }

  @Test
  void newsPageKeepsTheArticleAndDropsMenusCommentsShareBarsRelatedLinksAndBanners() {
    HtmlArticle article = EXTRACTOR.extract(resource("news-page.html"));

    assertEquals(List.of(
        "Artillery fire struck a grain depot on the outskirts of Kherson early on Thursday, regional "
            + "officials said, destroying about 2,000 tonnes of wheat and damaging two warehouses.",
        "The regional governor said three workers were wounded, one of them seriously, and that "
            + "firefighters needed six hours to put out the blaze, which spread to a neighbouring "
            + "fuel store.",
        "Repeated strikes on the port area",
        "It was the fourth strike on storage sites in the region this month, according to the "
            + "governor, who said the depot had supplied bakeries in the city and in villages along "
            + "the river.",
        "Two warehouses were damaged beyond repair, the operator said in a statement.",
        "Rail links to the depot were cut for the rest of the day, according to the railway.",
        "Independent verification of the figures was not possible, and the military did not "
            + "comment on the report of the governor, which was published on the regional "
            + "administration website."), texts(article));
  }

  @Test
  void blocksSayWhetherTheyAreHeadingsParagraphsOrListItems() {
    HtmlArticle article = EXTRACTOR.extract(resource("news-page.html"));

    assertEquals(List.of(ArticleBlockKind.PARAGRAPH, ArticleBlockKind.PARAGRAPH,
        ArticleBlockKind.HEADING, ArticleBlockKind.PARAGRAPH, ArticleBlockKind.LIST_ITEM,
        ArticleBlockKind.LIST_ITEM, ArticleBlockKind.PARAGRAPH),
        article.blocks().stream().map(ArticleBlock::kind).toList());
  }

  @Test
  void headlineAndBylineAreReportedApartFromTheBody() {
    HtmlArticle article = EXTRACTOR.extract(resource("news-page.html"));

    assertEquals("Shelling hits grain depot near Kherson", article.title());
    assertEquals(Optional.of("Olena Kovalenko"), article.byline());
    assertFalse(article.bodyText().contains("Shelling hits grain depot"));
  }

  @Test
  void titleWithoutOpenGraphLosesTheSiteName() {
    HtmlArticle article = EXTRACTOR.extract("<html><head><title>Ceasefire talks resume in Doha "
        + "| The Daily Example</title></head><body><p>Short.</p></body></html>");

    assertEquals("Ceasefire talks resume in Doha", article.title());
  }

  @Test
  void entitiesAreDecodedAndWhitespaceCollapsedInsideABlock() {
    HtmlArticle article = EXTRACTOR.extract("<html><body><article><p>Troops&nbsp;left   the\n"
        + "town of Bucha &amp; nearby\tvillages on 30 March, officials said, after weeks of "
        + "occupation &mdash; &quot;a relief&quot;, one resident told reporters.</p></article>"
        + "</body></html>");

    assertEquals(List.of("Troops left the town of Bucha & nearby villages on 30 March, officials "
        + "said, after weeks of occupation — \"a relief\", one resident told reporters."),
        texts(article));
  }

  @Test
  void emptyBodyGivesAnEmptyArticle() {
    HtmlArticle article = EXTRACTOR.extract("<html><head><title>Nothing here</title></head>"
        + "<body></body></html>");

    assertTrue(article.isEmpty());
    assertEquals("", article.bodyText());
  }

  @Test
  void malformedHtmlStillYieldsItsText() {
    String html = "<html><body><div class=content><p>Rockets were fired at the town overnight, "
        + "the police said, <b>wounding <i>two</b> people</i> and damaging a school."
        + "<p>Sirens sounded across the north, and residents spent the night in shelters, "
        + "local media reported.<table><tr><td>stray cell</div></span>";

    HtmlArticle article = assertDoesNotThrow(() -> EXTRACTOR.extract(html));

    assertEquals("Rockets were fired at the town overnight, the police said, wounding two people "
        + "and damaging a school.", article.blocks().get(0).text());
    assertTrue(article.bodyText().contains("residents spent the night in shelters"));
  }

  @Test
  void htmlNestedTenThousandLevelsDeepDoesNotOverflowTheStack() {
    int depth = 10_000;
    String html = "<html><body>" + "<div>".repeat(depth)
        + "<p>Deep inside the page, the report said that the bridge was destroyed on Monday, "
        + "cutting the only road to the front.</p>" + "</div>".repeat(depth) + "</body></html>";

    HtmlArticle article = assertDoesNotThrow(() -> EXTRACTOR.extract(html));

    assertEquals(List.of("Deep inside the page, the report said that the bridge was destroyed on "
        + "Monday, cutting the only road to the front."), texts(article));
  }

  @Test
  void inputThatIsNotHtmlIsRejectedWithItsOwnException() {
    assertThrows(NotHtmlException.class, () -> EXTRACTOR.extract("just a line of plain text"));
    assertThrows(NotHtmlException.class, () -> EXTRACTOR.extract("{\"articleBody\": \"x\"}"));
    assertThrows(NotHtmlException.class, () -> EXTRACTOR.extract("%PDF-1.7\n\u0000\u0001\u0002"));
    assertThrows(NotHtmlException.class, () -> EXTRACTOR.extract("   "));
  }

  @Test
  void hiddenElementsScriptsAndFormsAreNotText() {
    HtmlArticle article = EXTRACTOR.extract("<html><body><article>"
        + "<p>The convoy reached Mariupol on Tuesday afternoon, the Red Cross said in a statement, "
        + "after two failed attempts.</p>"
        + "<p style='display: none'>Hidden teaser text that no reader can see on the page at all.</p>"
        + "<script>var tracking = 'script text must not leak into the article';</script>"
        + "<form><label>Search the archive of all our articles</label><input name=q></form>"
        + "</article></body></html>");

    assertEquals(List.of("The convoy reached Mariupol on Tuesday afternoon, the Red Cross said in a "
        + "statement, after two failed attempts."), texts(article));
  }
}
