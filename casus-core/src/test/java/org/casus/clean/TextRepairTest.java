package org.casus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;
import org.casus.model.Span;
import org.junit.jupiter.api.Test;

class TextRepairTest {
  /** UTF-8 bytes read as Windows-1252: what a misconfigured scraper leaves. */
  private static String mojibake(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
  }

  @Test
  void utf8ReadAsWindows1252IsRepaired() {
    String right = "L’armée azerbaïdjanaise a détruit trois systèmes « Grad » — selon le ministère.";
    TextRepair.Repaired r = TextRepair.repair(mojibake(right));
    assertEquals(right, r.text());
    assertEquals(9, r.mojibake());
  }

  @Test
  void utf8ReadAsLatin1IsRepaired() {
    String right = "Trois civils ont été tués à Ganja.";
    String latin1 = new String(right.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertEquals(right, TextRepair.repair(latin1).text());
  }

  @Test
  void textThatIsRightIsLeftAlone() {
    String text = "Âge, ÉTATS-UNIS, São Paulo, Ñandú, «déjà» — tout va bien. Crème brûlée à 5 €.";
    TextRepair.Repaired r = TextRepair.repair(text);
    assertSame(text, r.text());
    assertEquals(0, r.mojibake());
  }

  @Test
  void frenchWithNoBreakSpacesBeforeGuillemetsIsNotMistakenForMojibake() {
    String text = "« pour leur bien-être et leur sécurité\u00A0», a-t-il déclaré. « L'ÉTÉ\u00A0» fut long.";
    assertSame(text, TextRepair.repair(text).text());
  }

  @Test
  void aSingleSuspiciousPairIsLeftAlone() {
    String text = "Un titre en capitales : ÇA\u00A0SUFFIT, a dit le ministre.";
    assertSame(text, TextRepair.repair(text).text());
  }

  @Test
  void decomposedAccentsAreComposed() {
    String nfd = Normalizer.normalize("Les forces arméniennes ont lancé une frappe à Ganja.", Normalizer.Form.NFD);
    TextRepair.Repaired r = TextRepair.repair(nfd);
    assertEquals("Les forces arméniennes ont lancé une frappe à Ganja.", r.text());
  }

  @Test
  void everyRepairedWordMapsBackToItsCharactersAsRead() {
    String right = "Les forces arméniennes ont lancé une frappe sur Ganja, faisant au moins 10 morts.";
    String raw = mojibake(right.substring(0, 40)) + Normalizer.normalize(right.substring(40), Normalizer.Form.NFD);
    TextRepair.Repaired r = TextRepair.repair(raw);
    assertEquals(right, r.text());
    for (String word : new String[] {"arméniennes", "lancé", "Ganja", "10 morts"}) {
      int at = r.text().indexOf(word);
      Span back = r.offsets().toRaw(new Span(at, at + word.length()));
      String asRead = back.of(raw);
      String undone = asRead.indexOf('Ã') >= 0
          ? new String(asRead.getBytes(java.nio.charset.Charset.forName("windows-1252")), StandardCharsets.UTF_8) : asRead;
      assertEquals(word, Normalizer.normalize(undone, Normalizer.Form.NFC), asRead);
    }
  }

  @Test
  void randomTextNeverBreaksTheRepairOrItsMap() {
    Random random = new Random(42);
    String alphabet = "aeé\u0301ÃÂ©¨€™ â€\u00A0«»\n\u0000\uD83D\uDE00x";
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      TextRepair.Repaired r = TextRepair.repair(s.toString());
      for (int i = 0; i <= r.text().length(); i++) {
        int raw = r.offsets().toRaw(i);
        if (raw < 0 || raw > s.length() + 2) {
          throw new AssertionError("offset " + i + " -> " + raw + " in " + s);
        }
      }
    }
  }
}
