package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casus.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DictionaryLemmatizerTest {
  private static DictionaryLemmatizer french;

  @BeforeAll
  static void load() {
    french = DictionaryLemmatizer.load(Language.FR, "org/languagetool/resource/fr/french.dict");
  }

  @Test
  void inflectedVerbsGiveTheirInfinitive() {
    assertEquals("avoir", french.lemma("avaient", "AUX"));
    assertEquals("perdre", french.lemma("perdu", "VERB"));
    assertEquals("tuer", french.lemma("tués", "VERB"));
    assertEquals("détruire", french.lemma("détruit", "VERB"));
  }

  @Test
  void aParticipleReadAsVerbOrNounGivesVerbOrNoun() {
    assertEquals("blesser", french.lemma("blessés", "VERB"));
    assertEquals("blessé", french.lemma("blessés", "NOUN"));
  }

  @Test
  void pluralNounsAndAdjectivesGiveTheSingular() {
    assertEquals("civil", french.lemma("civils", "NOUN"));
    assertEquals("maison", french.lemma("maisons", "NOUN"));
    assertEquals("arménien", french.lemma("arméniennes", "ADJ"));
  }

  @Test
  void capitalisedWordsAreLookedUpInLowerCase() {
    assertEquals("soldat", french.lemma("Soldats", "NOUN"));
  }

  @Test
  void unknownWordsAreTheirOwnLemma() {
    assertEquals("ganja", french.lemma("Ganja", "PROPN"));
  }
}
