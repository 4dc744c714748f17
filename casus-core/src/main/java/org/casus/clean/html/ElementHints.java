package org.casus.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it, before its text is looked at. Page
 * authors name their furniture (menus, share bars, comment threads) much more consistently than
 * they lay it out.
 */
final class ElementHints {
  /** Furniture so reliably named that it is removed before scoring. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|^ads?$|^ad[-_]|[-_]ads?$|adsense|advert|agegate|ai2html|banner|breadcrumb|combx|comment"
          + "|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal"
          + "|navbar|newsletter|outbrain|pager|pagination|popup|promo|related|remark|replies"
          + "|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe"
          + "|supplemental|taboola|toolbar|trending|most-?popular|recommend|read-?more|yom-remote",
      Pattern.CASE_INSENSITIVE);
  /** Names that rescue an element from {@link #UNLIKELY}, since wrappers often carry both. */
  private static final Pattern MAYBE_CONTENT =
      Pattern.compile("and|article|body|column|content|main|shadow|story|text|entry|post",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|byline|caption|combx|comment|com-|contact|cookie"
          + "|credit|footer|footnote|gdpr|masthead|media|meta|newsletter|outbrain|promo|related"
          + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|subscribe|tags|taboola"
          + "|toolbar|widget|author|avatar|timestamp|dateline",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose",
      Pattern.CASE_INSENSITIVE);
  /**
   * Name parts so specific to furniture that no other word in the name rescues them: a
   * "comment-body" is still a comment. Checked on each class token and the id.
   */
  private static final Pattern ALWAYS_FURNITURE = Pattern.compile(
      "^(?:.*[-_])?(?:comments?|commentlist|comment-list|disqus|cookies?|cookie-?banner|consent"
          + "|gdpr|newsletter|taboola|outbrain|sharing|share-?bar|social-?share)(?:[-_].*)?$",
      Pattern.CASE_INSENSITIVE);
  /** Tokens that describe a state of comments, found on article wrappers themselves. */
  private static final Pattern FURNITURE_STATE = Pattern.compile(
      "open|closed|count|enabled|disabled|^has-|^no-|allowed", Pattern.CASE_INSENSITIVE);
  private static final Set<String> FURNITURE_ROLES = Set.of(
      "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
      "banner", "contentinfo", "search");

  private ElementHints() {}

  static String classAndId(Element e) {
    return (e.className() + " " + e.id()).trim();
  }

  /** True for elements whose name marks them as furniture, unless it also marks them as content. */
  static boolean isUnlikelyCandidate(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
        || tag.equals("a")) {
      return false;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (FURNITURE_ROLES.contains(role)) {
      return true;
    }
    String names = classAndId(e);
    if (names.isEmpty() || !UNLIKELY.matcher(names).find()) {
      return false;
    }
    return !MAYBE_CONTENT.matcher(names).find() || hasFurnitureTag(e);
  }

  private static boolean hasFurnitureTag(Element e) {
    return switch (e.normalName()) {
      case "nav", "aside", "footer", "form", "button" -> true;
      default -> false;
    };
  }

  /** True for comment threads, cookie banners, newsletter boxes and share bars, whatever the wrapper. */
  static boolean isAlwaysFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    for (String token : (e.className() + " " + e.id()).split("\\s+")) {
      if (!token.isEmpty() && ALWAYS_FURNITURE.matcher(token).matches()
          && !FURNITURE_STATE.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }

  /** -25 per negative name, +25 per positive one, over class and id separately. */
  static int classWeight(Element e) {
    return weightOf(e.className()) + weightOf(e.id());
  }

  private static int weightOf(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (NEGATIVE.matcher(name).find()) {
      weight -= 25;
    }
    if (POSITIVE.matcher(name).find()) {
      weight += 25;
    }
    return weight;
  }

  /** Hidden by markup or inline style: not what a reader sees. */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
