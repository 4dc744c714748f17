package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Folding and splitting read every word the rules look at, so they take shortcuts (plain ASCII
 * words skip decomposition; separators are found without a regex). Those shortcuts must give the
 * keys of the general definition: checked here against it, on fixed and random words.
 */
class LexiconKeysTest {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014'\u2019\u02bc`/]+");
  /** Letters of both languages, the ligatures and marks fold handles, every separator, punctuation. */
  private static final String ALPHABET = "aAzZeéÉèêëàçÇôœŒæßıłøđ09 \t-\u2010\u2011\u2012\u2013\u2014'\u2019\u02bc`/.,()\"\u00a0";

  /** The definition: lower case, ligatures spelled out, decomposed, marks dropped. */
  private static String foldByDefinition(String text) {
    String lower = text.toLowerCase(Locale.ROOT)
        .replace("\u0153", "oe").replace("\u00e6", "ae").replace("\u00df", "ss")
        .replace('\u0131', 'i').replace('\u0142', 'l').replace('\u00f8', 'o').replace('\u0111', 'd');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The definition: the folded text split at runs of separators, pieces trimmed of punctuation. */
  private static List<String> partsByDefinition(String text) {
    List<String> out = new ArrayList<>();
    for (String piece : SEPARATORS.split(foldByDefinition(text))) {
      int from = 0;
      int to = piece.length();
      while (from < to && !Character.isLetterOrDigit(piece.charAt(from))) {
        from++;
      }
      while (to > from && !Character.isLetterOrDigit(piece.charAt(to - 1))) {
        to--;
      }
      if (from < to) {
        out.add(piece.substring(from, to));
      }
    }
    return out;
  }

  @Test
  void stateNames_meetOnOneKey_whateverTheirCaseAccentsAndHyphens() {
    assertEquals(List.of("etat", "islamique"), LexiconKeys.parts("État islamique"));
    assertEquals(List.of("etat", "islamique"), LexiconKeys.parts("Etat-Islamique"));
    assertEquals(List.of("etat", "islamique"), LexiconKeys.parts("ETAT ISLAMIQUE"));
  }

  @Test
  void partsAreTrimmedOfPunctuation_andElisionsSplit() {
    assertEquals(List.of("cicr"), LexiconKeys.parts("(CICR)"));
    assertEquals(List.of("u.s"), LexiconKeys.parts("U.S."));
    assertEquals(List.of("l", "armee"), LexiconKeys.parts("l\u2019armée"));
    assertEquals(List.of("s", "300"), LexiconKeys.parts("S\u2011300/"));
    assertEquals(List.of(), LexiconKeys.parts(" -- "));
  }

  @Test
  void asciiWords_foldToLowerCaseOnly() {
    assertEquals("bm-21 grad", LexiconKeys.fold("BM-21 Grad"));
    assertEquals("coeur", LexiconKeys.fold("Cœur"));
  }

  @Test
  void randomWords_foldAndSplitAsTheDefinitionSays() {
    Random random = new Random(20201013);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder word = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String w = word.toString();
      assertEquals(foldByDefinition(w), LexiconKeys.fold(w), () -> "fold of \"" + w + "\"");
      assertEquals(partsByDefinition(w), LexiconKeys.parts(w), () -> "parts of \"" + w + "\"");
    }
  }
}
