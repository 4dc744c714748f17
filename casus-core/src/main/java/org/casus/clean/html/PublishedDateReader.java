package org.casus.clean.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page declares, from the most to the least deliberate declaration: Open
 * Graph and article meta tags, other date meta tags, schema.org microdata, JSON-LD, then
 * {@code <time datetime>}. The date is the one written in the page's own time zone.
 */
final class PublishedDateReader {
  private static final List<String> META_KEYS = List.of(
      "article:published_time", "og:article:published_time", "og:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
      "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
      "dcterms.created", "dc.date.created", "date", "article.published", "originalpublicationdate");
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");

  private PublishedDateReader() {}

  static Optional<LocalDate> read(Document page) {
    for (String key : META_KEYS) {
      for (Element meta : page.select("meta[property=" + key + "], meta[name=" + key + "], "
          + "meta[itemprop=" + key + "]")) {
        Optional<LocalDate> date = parse(meta.attr("content"));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    for (Element e : page.select("[itemprop=datePublished]")) {
      String value = e.hasAttr("content") ? e.attr("content")
          : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<LocalDate> date = parse(value);
      if (date.isPresent()) {
        return date;
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      while (m.find()) {
        Optional<LocalDate> date = parse(m.group(1));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    for (String query : List.of("time[pubdate][datetime]", "article time[datetime]",
        "time[datetime]")) {
      for (Element time : page.select(query)) {
        Optional<LocalDate> date = parse(time.attr("datetime"));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** A calendar date from the formats pages put in machine-readable dates. */
  static Optional<LocalDate> parse(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Matcher iso = ISO_DATE.matcher(v);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher compact = COMPACT_DATE.matcher(v);
    if (compact.find()) {
      return date(compact.group(1), compact.group(2), compact.group(3));
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
          Integer.parseInt(day));
      return date.getYear() >= 1990 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
