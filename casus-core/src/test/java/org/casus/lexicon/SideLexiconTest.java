package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.SideLexicon.SideMatch;
import org.casus.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SideLexiconTest {
  private static final SideLexicon FR = SideLexicon.load(Language.FR);
  private static final SideLexicon EN = SideLexicon.load(Language.EN);

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  private static SideLexicon of(String lang) {
    return lang.equals("fr") ? FR : EN;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|arménien|ARM", "fr|arménienne|ARM", "fr|arméniens|ARM", "fr|arméniennes|ARM", "fr|Arméniens|ARM",
      "fr|azerbaïdjanais|AZE", "fr|azerbaïdjanaise|AZE", "fr|azéris|AZE", "fr|russes|RUS", "fr|ukrainiennes|UKR",
      "fr|israélien|ISR", "fr|palestiniens|PSE", "fr|gazaouis|PSE", "fr|libanais|LBN", "fr|maliens|MLI",
      "fr|burkinabè|BFA", "fr|nigériens|NER", "fr|somaliens|SOM", "fr|yéménites|YEM", "fr|soudanais|SDN",
      "fr|congolais|COD", "fr|syriens|SYR", "fr|turque|TUR", "fr|éthiopiennes|ETH", "fr|karabakhi|ARM",
      "fr|Artsakh|ARM", "fr|Hamas|Hamas", "fr|houthistes|Houthis", "fr|houthis|Houthis", "fr|shebab|al-Shabaab",
      "fr|chebabs|al-Shabaab", "fr|Hezbollah|Hezbollah", "fr|M23|M23", "fr|CODECO|CODECO", "fr|FSR|Rapid Support Forces",
      "fr|JNIM|JNIM", "fr|Daech|Islamic State", "fr|EI|Islamic State", "fr|Wagner|Wagner", "fr|Tsahal|ISR",
      "en|Armenian|ARM", "en|Armenians|ARM", "en|Azerbaijani|AZE", "en|Azeri|AZE", "en|Russian|RUS",
      "en|Ukrainians|UKR", "en|Israeli|ISR", "en|Palestinians|PSE", "en|Lebanese|LBN", "en|Malians|MLI",
      "en|Burkinabe|BFA", "en|Somali|SOM", "en|Yemeni|YEM", "en|Sudanese|SDN", "en|Congolese|COD",
      "en|Karabakhi|ARM", "en|Artsakh|ARM", "en|Houthi|Houthis", "en|Houthis|Houthis", "en|al-Shabaab|al-Shabaab",
      "en|Shabaab|al-Shabaab", "en|RSF|Rapid Support Forces", "en|ISIS|Islamic State", "en|ISWAP|ISWAP",
      "en|Boko Haram|Boko Haram", "en|IDF|ISR", "en|Burmese|MMR", "en|Ethiopian|ETH"})
  void demonymsAndGroupNamesInEveryInflection(String lang, String word, String side) {
    assertEquals(Optional.of(side), of(lang).sideOfWord(word), word);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|l'Arménie|ARM", "fr|l’Arménie|ARM", "fr|Arménie|ARM", "fr|d'Azerbaïdjan|AZE", "fr|Azerbaidjan|AZE",
      "fr|Erevan|ARM", "fr|Bakou|AZE", "fr|Kiev|UKR", "fr|Kyiv|UKR", "fr|Moscou|RUS", "fr|le Kremlin|RUS",
      "fr|Washington|USA", "fr|Jérusalem|ISR", "fr|Téhéran|IRN", "fr|Damas|SYR", "fr|Ankara|TUR",
      "fr|Kinshasa|COD", "fr|Bamako|MLI", "fr|Ouagadougou|BFA", "fr|Niamey|NER", "fr|Khartoum|SDN",
      "fr|Mogadiscio|SOM", "fr|Sanaa|Houthis", "fr|la bande de Gaza|PSE", "fr|RDC|COD", "fr|États-Unis|USA",
      "fr|Etats-Unis|USA", "fr|le Burkina Faso|BFA", "fr|l'État hébreu|ISR", "fr|Haut-Karabakh|ARM",
      "en|Armenia|ARM", "en|Armenia's|ARM", "en|Yerevan|ARM", "en|Baku|AZE", "en|Kyiv|UKR", "en|Kiev|UKR",
      "en|Moscow|RUS", "en|the Kremlin|RUS", "en|Jerusalem|ISR", "en|Tehran|IRN", "en|Mogadishu|SOM",
      "en|the Gaza Strip|PSE", "en|Democratic Republic of Congo|COD", "en|the United States|USA",
      "en|Russia's|RUS", "en|Nagorno-Karabakh|ARM"})
  void countryNamesAndSeatsOfPowerStandForTheirState(String lang, String name, String side) {
    assertEquals(Optional.of(side), of(lang).sideOfPlaceName(name), name);
  }

  @Test
  void demonymsAreNoPlaceNames_andPlaceNamesNoDemonyms() {
    assertTrue(FR.sideOfPlaceName("arménien").isEmpty());
    assertTrue(EN.sideOfWord("Moscow").isEmpty());
    assertTrue(EN.sideOfWord("gunmen").isEmpty());
    assertTrue(FR.sideOfWord("individus armés").isEmpty());
  }

  @Test
  void multiWordFormsMatchInASentence() {
    assertEquals(Optional.of(new SideMatch("Rapid Support Forces", 1, 4)),
        EN.match(words("the Rapid Support Forces attacked"), 1));
    assertEquals(Optional.of(new SideMatch("Islamic State", 2, 4)),
        FR.match(words("le groupe Etat islamique a revendiqué"), 2));
    assertEquals(Optional.of(new SideMatch("Islamic State", 1, 4)),
        FR.match(words("le groupe Etat islamique a revendiqué"), 1));
    assertEquals(Optional.of(new SideMatch("BFA", 2, 4)), FR.match(words("soldats du Burkina Faso"), 2));
    assertEquals(Optional.of(new SideMatch("ARM", 4, 5)),
        FR.match(words("les forces séparatistes de l'Arménie"), 4));
    assertEquals(Optional.of(new SideMatch("ARM", 2, 3)), FR.match(words("les séparatistes arméniens ont"), 2));
  }

  @Test
  void noMatchOutsideTheSentenceOrOnPunctuation() {
    assertTrue(EN.match(words("Armenian ,"), 1).isEmpty());
    assertTrue(EN.match(words("Armenian"), 2).isEmpty());
  }

  @Test
  void englishAdjectivesNameSidesInActorNames() {
    assertEquals(Optional.of("Azerbaijani"), FR.englishAdjective("AZE"));
    assertEquals(Optional.of("Palestinian"), EN.englishAdjective("PSE"));
    assertEquals(Optional.of("Houthi"), FR.englishAdjective("Houthis"));
  }

  @Test
  void groupsAreKnownAsGroups() {
    assertTrue(FR.isGroup("Hamas"));
    assertTrue(EN.isGroup("al-Shabaab"));
    assertTrue(!EN.isGroup("ARM"));
  }
}
