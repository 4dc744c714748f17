package org.casus.clean.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which tags break text into blocks, and which never hold article text. */
final class HtmlTags {
  private static final Set<String> INLINE = Set.of(
      "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn",
      "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s",
      "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
  private static final Set<String> NEVER_TEXT = Set.of(
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
      "canvas", "video", "audio", "map", "select", "option", "button", "input", "textarea",
      "figcaption", "head", "title", "meta", "link", "base", "dialog", "frame", "frameset", "noframes");
  private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "menu");
  private static final Set<String> CONTAINERS = Set.of(
      "div", "section", "article", "main", "body", "center", "td", "blockquote", "form", "li",
      "dd", "figure");

  private HtmlTags() {}

  static boolean isInline(Element e) {
    return INLINE.contains(e.normalName());
  }

  static boolean isBlock(Element e) {
    return !INLINE.contains(e.normalName());
  }

  static boolean neverHoldsText(Element e) {
    return NEVER_TEXT.contains(e.normalName());
  }

  /** Page furniture by its very tag (HTML5 sectioning for navigation and asides). */
  static boolean isFurnitureTag(Element e) {
    return FURNITURE.contains(e.normalName());
  }

  /** Elements that may hold loose text as a paragraph of their own. */
  static boolean isContainer(Element e) {
    return CONTAINERS.contains(e.normalName());
  }

  static boolean isHeading(Element e) {
    String tag = e.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }
}
