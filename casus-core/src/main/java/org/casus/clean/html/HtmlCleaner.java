package org.casus.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casus.clean.Cleaner;
import org.casus.model.Block;
import org.casus.model.BlockKind;
import org.casus.model.CleanText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.casus.model.OffsetMap;
import org.casus.model.Span;

/**
 * Cleans HTML documents: the headline, then the article's blocks, separated by blank lines. Every
 * run of text read from one text node of the page is anchored to where it starts in the raw HTML,
 * so later stages can point at the markup their facts came from.
 *
 * <p>Thread-safe; throws {@link NotHtmlException} for content that is not markup.
 */
public final class HtmlCleaner implements Cleaner {
  static final String BLOCK_SEPARATOR = "\n\n";

  private final HtmlArticleExtractor extractor;

  public HtmlCleaner(HtmlArticleExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  public HtmlCleaner() {
    this(new HtmlArticleExtractor());
  }

  @Override
  public CleanText clean(Document document) {
    if (document.format() != ContentFormat.HTML) {
      throw new IllegalArgumentException(
          "HtmlCleaner reads HTML documents; " + document.id() + " is " + document.format());
    }
    HtmlArticle article = extractor.extract(document.content(), document.url());
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<int[]> anchors = new ArrayList<>();
    if (!article.title().isEmpty()) {
      article.titleSource().ifPresent(raw -> anchors.add(new int[] {0, raw}));
      blocks.add(new Block(new Span(0, article.title().length()), BlockKind.TITLE, ""));
      text.append(article.title());
    }
    for (ArticleBlock block : article.blocks()) {
      if (text.length() > 0) {
        text.append(BLOCK_SEPARATOR);
      }
      int start = text.length();
      for (SourceAnchor anchor : block.anchors()) {
        anchors.add(new int[] {start + anchor.textOffset(), anchor.rawOffset()});
      }
      text.append(block.text());
      BlockKind kind = block.kind() == ArticleBlockKind.HEADING ? BlockKind.TITLE : BlockKind.CONTENT;
      blocks.add(new Block(new Span(start, text.length()), kind, ""));
    }
    return new CleanText(document, text.toString(), blocks, offsetMap(anchors));
  }

  private static OffsetMap offsetMap(List<int[]> anchors) {
    if (anchors.isEmpty()) {
      return OffsetMap.identity();
    }
    boolean startsAtZero = anchors.get(0)[0] == 0;
    int size = anchors.size() + (startsAtZero ? 0 : 1);
    int[] clean = new int[size];
    int[] raw = new int[size];
    int i = 0;
    if (!startsAtZero) {
      // Text before the first anchor has no known source; map it onto the first anchored run.
      clean[0] = 0;
      raw[0] = Math.max(0, anchors.get(0)[1] - anchors.get(0)[0]);
      i = 1;
    }
    for (int[] anchor : anchors) {
      clean[i] = anchor[0];
      raw[i] = anchor[1];
      i++;
    }
    return OffsetMap.of(clean, raw);
  }
}
