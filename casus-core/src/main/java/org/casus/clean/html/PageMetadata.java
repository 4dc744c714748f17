package org.casus.clean.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The headline and byline a page declares, read before furniture is pruned (bylines and headlines
 * often sit in the very headers the pruner removes).
 *
 * @param titleSource raw offset of the headline text, when it was read from an element
 */
record PageMetadata(String title, Optional<Integer> titleSource, Optional<String> byline) {
  /** Separators between a headline and the site name in {@code <title>}. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-–—:»·]\\s+");
  private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*[\\[{]?\\s*(?:\\{[^}]*?)?\"name\"\\s*:\\s*\"([^\"]{2,100})\"");
  private static final int MAX_BYLINE = 120;

  static PageMetadata read(Document page) {
    String metaTitle = firstContent(page, "meta[property=og:title]", "meta[name=twitter:title]",
        "meta[name=title]");
    String documentTitle = TextNormaliser.collapse(page.title());
    Optional<Element> headline = headline(page, metaTitle, documentTitle);
    String title;
    Optional<Integer> source = Optional.empty();
    if (headline.isPresent()) {
      title = TextNormaliser.collapse(headline.get().text());
      source = textStart(headline.get());
    } else if (!metaTitle.isEmpty()) {
      title = withoutSiteName(TextNormaliser.collapse(metaTitle));
    } else {
      title = withoutSiteName(documentTitle);
    }
    return new PageMetadata(title, source, byline(page));
  }

  private static Optional<Element> headline(Document page, String metaTitle, String docTitle) {
    List<Element> h1s = page.select("h1");
    for (Element h1 : h1s) {
      String text = normalisedForComparison(h1.text());
      if (text.length() > 3 && (normalisedForComparison(metaTitle).contains(text)
          || normalisedForComparison(docTitle).contains(text))) {
        return Optional.of(h1);
      }
    }
    if (metaTitle.isEmpty() && h1s.size() == 1 && !h1s.get(0).text().isBlank()) {
      return Optional.of(h1s.get(0));
    }
    return Optional.empty();
  }

  private static String withoutSiteName(String title) {
    String[] parts = SITE_SUFFIX.split(title);
    if (parts.length < 2) {
      return title;
    }
    String longest = parts[0];
    for (String part : parts) {
      if (part.length() > longest.length()) {
        longest = part;
      }
    }
    return longest.split("\\s+").length >= 3 ? longest : title;
  }

  static boolean sameText(String a, String b) {
    return !a.isEmpty() && normalisedForComparison(a).equals(normalisedForComparison(b));
  }

  static String normalisedForComparison(String s) {
    return TextNormaliser.collapse(s.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " "));
  }

  private static Optional<Integer> textStart(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank() && t.sourceRange().isTracked()) {
        String whole = t.getWholeText();
        int leading = whole.length() - whole.stripLeading().length();
        return Optional.of(t.sourceRange().startPos() + leading);
      }
    }
    Element first = e.children().isEmpty() ? null : e.child(0);
    return first == null ? Optional.empty() : textStart(first);
  }

  private static Optional<String> byline(Document page) {
    String meta = firstContent(page, "meta[name=author]", "meta[property=article:author]",
        "meta[name=byl]", "meta[name=dc.creator]", "meta[name=parsely-author]");
    if (!meta.isEmpty() && !meta.startsWith("http")) {
      return Optional.of(TextNormaliser.collapse(meta));
    }
    for (String query : List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]",
        "[rel=author]", ".byline", "[class*=byline]", ".author")) {
      for (Element e : page.select(query)) {
        String text = e.hasAttr("content") ? e.attr("content") : e.text();
        text = TextNormaliser.collapse(text);
        if (!text.isEmpty() && text.length() <= MAX_BYLINE) {
          return Optional.of(text);
        }
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      var m = JSON_LD_AUTHOR.matcher(script.data());
      if (m.find()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  private static String firstContent(Document page, String... queries) {
    for (String query : queries) {
      Element e = page.selectFirst(query);
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content").strip();
      }
    }
    return "";
  }
}
