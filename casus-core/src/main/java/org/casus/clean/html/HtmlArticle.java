package org.casus.clean.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The article read from one HTML page.
 *
 * @param title the headline, empty when the page has none
 * @param titleSource where the headline was read in the raw HTML, if known
 * @param blocks the body in reading order, without the headline
 */
public record HtmlArticle(
    String title,
    Optional<Integer> titleSource,
    Optional<String> byline,
    Optional<LocalDate> published,
    List<ArticleBlock> blocks) {

  public HtmlArticle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(titleSource, "titleSource");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(published, "published");
    blocks = List.copyOf(blocks);
  }

  /** The body as plain text, blocks separated by blank lines. */
  public String bodyText() {
    return blocks.stream().map(ArticleBlock::text).collect(Collectors.joining("\n\n"));
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }
}
