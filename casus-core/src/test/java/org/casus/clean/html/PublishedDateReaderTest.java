package org.casus.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDateReaderTest {
  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();
  private static final String BODY = "<body><p>Text of the article.</p></body>";

  private static Optional<LocalDate> published(String head, String body) {
    return EXTRACTOR.extract("<html><head>" + head + "</head>" + body + "</html>").published();
  }

  @Test
  void articlePublishedTimeMetaTag() {
    assertEquals(Optional.of(LocalDate.of(2022, 2, 24)), published(
        "<meta property=\"article:published_time\" content=\"2022-02-24T05:30:00+02:00\">", BODY));
  }

  @Test
  void openGraphPublishedTimeMetaTag() {
    assertEquals(Optional.of(LocalDate.of(2023, 6, 6)), published(
        "<meta property=\"og:published_time\" content=\"2023-06-06\">", BODY));
  }

  @Test
  void namedDateMetaTag() {
    assertEquals(Optional.of(LocalDate.of(2021, 8, 15)), published(
        "<meta name=\"pubdate\" content=\"20210815\">", BODY));
  }

  @Test
  void microdataDatePublished() {
    assertEquals(Optional.of(LocalDate.of(2020, 9, 27)), published("",
        "<body><article><span itemprop=\"datePublished\" content=\"2020-09-27T08:00:00Z\">"
            + "27 September</span><p>Text.</p></article></body>"));
  }

  @Test
  void jsonLdDatePublished() {
    assertEquals(Optional.of(LocalDate.of(2014, 7, 17)), published(
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
            + "\"headline\": \"MH17\", \"datePublished\": \"2014-07-17T16:20:00Z\"}</script>", BODY));
  }

  @Test
  void timeElementDatetime() {
    assertEquals(Optional.of(LocalDate.of(2016, 12, 22)), published("",
        "<body><article><time datetime=\"2016-12-22T10:00\">22 Dec</time><p>Text.</p></article>"
            + "</body>"));
  }

  @Test
  void metaTagsWinOverTimeElements() {
    assertEquals(Optional.of(LocalDate.of(2024, 1, 2)), published(
        "<meta property=\"article:published_time\" content=\"2024-01-02\">",
        "<body><time datetime=\"2023-05-05\">old</time></body>"));
  }

  @Test
  void noDateAnywhereIsEmpty() {
    assertEquals(Optional.empty(), published("<meta name=\"date\" content=\"soon\">", BODY));
  }
}
