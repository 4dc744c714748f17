package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.casus.model.Language;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
  private final NumberWords fr = NumberWords.load(Language.FR);
  private final NumberWords en = NumberWords.load(Language.EN);

  private static long value(NumberWords w, String... parts) {
    return w.parse(List.of(parts)).orElseThrow().value();
  }

  @Test
  void frenchCompounds() {
    assertEquals(42, value(fr, "quarante-deux"));
    assertEquals(90, value(fr, "quatre-vingt-dix"));
    assertEquals(97, value(fr, "quatre-vingt-dix-sept"));
    assertEquals(200, value(fr, "deux", "cents"));
    assertEquals(3000, value(fr, "trois", "mille"));
    assertEquals(105, value(fr, "cent", "cinq"));
  }

  @Test
  void englishCompounds() {
    assertEquals(21, value(en, "twenty-one"));
    assertEquals(300, value(en, "three", "hundred"));
    assertEquals(12, value(en, "a", "dozen"));
  }

  @Test
  void approximateWordsAreFlagged() {
    assertEquals(NumberWords.Kind.APPROX, fr.parse(List.of("une", "dizaine")).orElseThrow().kind());
    assertEquals(10, value(fr, "une", "dizaine"));
    assertEquals(200, value(fr, "deux", "centaine"));
  }

  @Test
  void otherWordsAreNoNumbers() {
    assertTrue(fr.parse(List.of("attaque")).isEmpty());
    assertTrue(en.parse(List.of("twenty-something")).isEmpty());
  }

  @Test
  void randomStringsNeverThrow() {
    Random r = new Random(42);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(12);
      for (int j = 0; j < n; j++) {
        sb.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : "-' éç0123".charAt(r.nextInt(9))));
      }
      fr.parse(List.of(sb.toString()));
      en.parse(List.of(sb.toString()));
    }
  }
}
