package org.casus.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the article of an HTML page: headline, byline, publication date and body blocks, without
 * navigation, comments, share bars, banners, related links, ads or footers.
 *
 * <p>Immutable and thread-safe: every call parses its own tree. Walks the tree iteratively, so pages
 * nested thousands of levels deep do not overflow the stack.
 */
public final class HtmlArticleExtractor {
  /** Below this much body text a pass is assumed to have cut into the article, and the next runs. */
  private static final int ENOUGH_TEXT = 500;

  /**
   * @param html the page's markup
   * @param baseUrl the page's URL, to resolve relative links; may be empty
   * @throws NotHtmlException when the input is not markup at all
   */
  public HtmlArticle extract(String html, Optional<String> baseUrl) {
    Objects.requireNonNull(html, "html");
    MarkupSniffer.requireMarkup(html);
    String base = baseUrl.orElse("");
    Document first = parse(html, base);
    PageMetadata metadata = PageMetadata.read(first);
    var published = PublishedDateReader.read(first);

    List<ArticleBlock> best = List.of();
    int bestLength = -1;
    Document page = first;
    for (ExtractionPass pass : ExtractionPass.values()) {
      if (page == null) {
        page = parse(html, base);
      }
      List<ArticleBlock> blocks =
          withoutHeadline(bodyBlocks(page, html, pass, metadata.title()), metadata.title());
      int length = blocks.stream().mapToInt(b -> b.text().length()).sum();
      if (length > bestLength) {
        best = blocks;
        bestLength = length;
      }
      if (length >= ENOUGH_TEXT) {
        break;
      }
      page = null;
    }
    return new HtmlArticle(metadata.title(), metadata.titleSource(), metadata.byline(), published,
        best);
  }

  public HtmlArticle extract(String html) {
    return extract(html, Optional.empty());
  }

  private static Document parse(String html, String baseUrl) {
    return Jsoup.parse(html, baseUrl, Parser.htmlParser().setTrackPosition(true));
  }

  private static List<ArticleBlock> bodyBlocks(
      Document page, String raw, ExtractionPass pass, String title) {
    Element scope = ArticleScope.of(page.body(), title);
    FurniturePruner.prune(scope, pass.removeUnlikely);
    TextStatistics stats = TextStatistics.gather(scope);
    List<Element> roots = new ContentLocator(pass.weighClasses).locate(scope, stats);
    return new BlockCollector(raw, stats, pass.cleanConditionally).collect(roots);
  }

  /** The headline is reported apart, so it is not repeated as the body's first heading. */
  private static List<ArticleBlock> withoutHeadline(List<ArticleBlock> blocks, String title) {
    List<ArticleBlock> kept = new ArrayList<>(blocks.size());
    for (ArticleBlock block : blocks) {
      if (!PageMetadata.sameText(block.text(), title)) {
        kept.add(block);
      }
    }
    return kept;
  }
}
