package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarksTest {
  @Test
  void takesOffDiacriticsAndNothingElse() {
    assertEquals("Defense nationale", Marks.strip("Défense nationale"));
    assertEquals("Azerbaidjan", Marks.strip("Azerbaïdjan"));
    // letters that do not decompose stay: the callers spell them out as they need
    assertEquals("Gəncə", Marks.strip("Gəncə"));
    assertEquals("d’apres", Marks.strip("d’après"));
  }

  @Test
  void plainAsciiIsReturnedAsItIs() {
    String ascii = "Kharkiv, 12 killed";
    assertTrue(Marks.isAscii(ascii));
    assertTrue(ascii == Marks.strip(ascii), "no copy for ASCII");
    assertFalse(Marks.isAscii("Kharkiv’s"));
  }
}
