package org.casus.attribute;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.model.Span;

/**
 * The byline a scraped page keeps from an embedded social-media post: the post's text, then "— Name
 * (@handle) date" ("— Hikmet Hajiyev (@HikmetHajiyev) October 16, 2020"). The post is the words of
 * the account holder, whatever the article around it says.
 */
final class PostByline {
  private static final Pattern BYLINE = Pattern.compile(
      "[\u2014\u2013]\\s*(\\p{L}[^\\n()\u2014\u2013]{0,80}?)\\s*\\(@\\w{1,30}\\)[^\\n]{0,40}?\\d{4}\\s*$");

  /** A byline: where it stands, from its dash on, and where the author's name stands in it. */
  record Byline(Span whole, Span author) {}

  private PostByline() {}

  /** The byline a paragraph ends with, if it ends with one. */
  static Optional<Byline> endingOf(String text, Span paragraph) {
    Matcher m = BYLINE.matcher(text.substring(paragraph.start(), paragraph.end()));
    if (!m.find()) {
      return Optional.empty();
    }
    int at = paragraph.start();
    return Optional.of(new Byline(new Span(at + m.start(), at + m.end()),
        new Span(at + m.start(1), at + m.end(1))));
  }
}
