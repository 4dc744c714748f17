package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;
import org.junit.jupiter.api.Test;

/** Which sentences get the full annotation, read from the cheap pass (words and candidate lemmas). */
class SentenceSelectorTest {
  /** The few French readings these sentences need, as the dictionary gives them. */
  private static final Map<String, Set<String>> READINGS = Map.of(
      "tués", Set.of("tuer", "tué"), "a", Set.of("avoir"), "déclaré", Set.of("déclarer", "déclaré"),
      "détruit", Set.of("détruire", "détruit"));
  private final SentenceSelector french = SentenceSelector.load(Language.FR,
      w -> READINGS.getOrDefault(w.toLowerCase(Locale.ROOT), Set.of(w.toLowerCase(Locale.ROOT))));

  private static List<Sentence> sentences(String... texts) {
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (String text : texts) {
      List<Token> tokens = new ArrayList<>();
      for (String w : text.split(" ")) {
        tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "", -1, "", "",
            new Span(offset, offset + w.length())));
        offset += w.length() + 1;
      }
      out.add(new Sentence(out.size(), new Span(tokens.get(0).span().start(), offset - 1), tokens, false));
    }
    return out;
  }

  private boolean[] select(SentenceSelector selector, String... texts) {
    return selector.select(String.join(" ", texts), sentences(texts));
  }

  @Test
  void aSentenceWithACasualtyTriggerIsSelectedAndOneWithoutIsNot() {
    assertArrayEquals(new boolean[] {true, false},
        select(french, "Trois civils ont été tués dimanche .", "La ville compte 50 000 habitants ."));
  }

  @Test
  void aNamedWeaponSystemIsEnoughToCarryAFact() {
    assertArrayEquals(new boolean[] {true}, select(french, "Un Bayraktar TB2 survolait la zone ."));
  }

  @Test
  void aReportingSentenceBeforeAFactIsContextForItsClaim() {
    assertArrayEquals(new boolean[] {true, false, true},
        select(french, "Le ministère a déclaré dimanche :", "La météo était clémente .", "Trois soldats ont été tués ."));
  }

  @Test
  void aReportingSentenceLongAfterTheLastFactIsNotContext() {
    assertArrayEquals(new boolean[] {true, false, false},
        select(french, "Trois soldats ont été tués .", "La météo était clémente .", "Le ministre a déclaré vouloir la paix ."));
  }

  @Test
  void aWordOfAReportingPhraseIsNotAReportingCueOnItsOwn() {
    assertArrayEquals(new boolean[] {false, true},
        select(french, "La ville de Barda compte 40 000 habitants .", "Trois soldats ont été tués ."));
  }

  @Test
  void aFactThatStartsWithAPronounBringsTheSentenceBefore() {
    assertArrayEquals(new boolean[] {true, true},
        select(french, "Le convoi venait de Stepanakert .", "Il a été détruit par un drone ."));
  }

  @Test
  void englishInflectionsMatchTheLexiconLemmas() {
    SentenceSelector english = SentenceSelector.load(Language.EN, new InflectionLemmatizer()::candidates);
    assertArrayEquals(new boolean[] {true, false},
        select(english, "Two soldiers were killed overnight .", "The weather was mild ."));
  }

  @Test
  void theSelectorOfAllSelectsEverySentence() {
    boolean[] all = select(SentenceSelector.all(), "La ville compte 50 000 habitants .", "La météo était clémente .");
    assertEquals(2, SentenceSelector.count(all));
  }
}
