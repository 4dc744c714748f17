package org.casus.clean.html;

import java.util.regex.Pattern;

/** Tells markup from input that only happens to reach the HTML cleaner (binary, JSON, plain text). */
final class MarkupSniffer {
  private static final Pattern TAG =
      Pattern.compile("<(?:!doctype|!--|/?[a-z][a-z0-9-]*(?:[\\s/>]|$))", Pattern.CASE_INSENSITIVE);
  private static final int SAMPLE = 8192;

  private MarkupSniffer() {}

  /** Throws {@link NotHtmlException} with the reason when {@code input} cannot be a web page. */
  static void requireMarkup(String input) {
    if (input.isBlank()) {
      throw new NotHtmlException("input is empty");
    }
    String sample = input.length() > SAMPLE ? input.substring(0, SAMPLE) : input;
    long controls = sample.chars().filter(MarkupSniffer::isBinaryControl).count();
    if (controls > 0 && controls * 100 > sample.length()) {
      throw new NotHtmlException("input looks binary (" + controls + " control characters)");
    }
    String start = sample.stripLeading();
    if (start.startsWith("%PDF")) {
      throw new NotHtmlException("input is a PDF");
    }
    if ((start.startsWith("{") || start.startsWith("[")) && !start.startsWith("[if")) {
      throw new NotHtmlException("input looks like JSON");
    }
    if (!TAG.matcher(input).find()) {
      throw new NotHtmlException("input has no HTML tag");
    }
  }

  private static boolean isBinaryControl(int c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }
}
