package org.casus.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casus.model.Span;

/**
 * A word or a punctuation mark of a sentence as date expressions are matched: lower case,
 * typographic apostrophes made plain. Letters and digits run together; every other visible
 * character stands alone, so lexicon forms and sentences are split the same way whatever the
 * tokenizer did ("aujourd'hui", "Oct.", "Wednesday's").
 *
 * @param span where the word stands in the cleaned text
 */
record TimeWord(String form, Span span) {

  boolean isPunctuation() {
    return !Character.isLetterOrDigit(form.codePointAt(0));
  }

  boolean isDigits() {
    return form.chars().allMatch(Character::isDigit);
  }

  /** The words of {@code text}, with spans shifted by {@code offset}. */
  static List<TimeWord> split(String text, int offset) {
    List<TimeWord> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += width;
        continue;
      }
      int end = i + width;
      if (Character.isLetterOrDigit(cp)) {
        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      out.add(new TimeWord(normalise(text.substring(i, end)), new Span(offset + i, offset + end)));
      i = end;
    }
    return out;
  }

  static List<String> forms(String phrase) {
    return split(phrase, 0).stream().map(TimeWord::form).toList();
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'');
  }
}
