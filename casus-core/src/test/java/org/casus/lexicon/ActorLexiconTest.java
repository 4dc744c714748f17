package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.ActorLexicon.Actor;
import org.casus.model.ClaimantKind;
import org.casus.model.Language;
import org.junit.jupiter.api.Test;

class ActorLexiconTest {
  private static final ActorLexicon FR = ActorLexicon.load(Language.FR, SideLexicon.load(Language.FR));
  private static final ActorLexicon EN = ActorLexicon.load(Language.EN, SideLexicon.load(Language.EN));

  private static List<String> words(String phrase) {
    return Arrays.asList(phrase.split(" "));
  }

  private static Actor fr(String phrase) {
    return FR.resolve(words(phrase)).orElseThrow(() -> new AssertionError("no actor in: " + phrase));
  }

  private static Actor en(String phrase) {
    return EN.resolve(words(phrase)).orElseThrow(() -> new AssertionError("no actor in: " + phrase));
  }

  private static Actor actor(String name, ClaimantKind kind, String side) {
    return new Actor(name, kind, Optional.ofNullable(side));
  }

  @Test
  void aDemonymInsideTheMinistryNameGivesItsSide() {
    assertEquals(actor("Azerbaijani Ministry of Defence", ClaimantKind.MILITARY, "AZE"),
        fr("Le ministère azerbaïdjanais de la Défense"));
  }

  @Test
  void aDemonymBeforeTheMinistryGivesItsSide() {
    assertEquals(actor("Azerbaijani Ministry of Defence", ClaimantKind.MILITARY, "AZE"),
        en("the Azerbaijani Defence Ministry"));
    assertEquals(actor("Armenian Ministry of Defence", ClaimantKind.MILITARY, "ARM"),
        en("Armenia's Defense Ministry"));
  }

  @Test
  void aPossessiveCountryGivesItsSide() {
    assertEquals(actor("Russian Ministry of Defence", ClaimantKind.MILITARY, "RUS"), en("Russia's defence ministry"));
    assertEquals(actor("Russian Ministry of Defence", ClaimantKind.MILITARY, "RUS"), en("Russia 's defence ministry"));
  }

  @Test
  void theProsecutorGeneralsOfficeIsJudiciary() {
    assertEquals(actor("Azerbaijani Prosecutor General's Office", ClaimantKind.JUDICIARY, "AZE"),
        fr("le bureau du procureur général de l'Azerbaïdjan"));
    assertEquals(actor("Azerbaijani Prosecutor General's Office", ClaimantKind.JUDICIARY, "AZE"),
        fr("le bureau du procureur général de l’ Azerbaïdjan"));
  }

  @Test
  void aPlaceNameGivesTheHealthMinistryItsSide() {
    assertEquals(actor("Palestinian Ministry of Health", ClaimantKind.GOVERNMENT, "PSE"),
        en("the Gaza health ministry"));
    assertEquals(actor("Palestinian Ministry of Health", ClaimantKind.GOVERNMENT, "PSE"),
        fr("le ministère de la Santé de Gaza"));
    assertEquals(actor("Lebanese Ministry of Health", ClaimantKind.GOVERNMENT, "LBN"),
        en("Lebanon's health ministry"));
  }

  @Test
  void aGroupRunningAMinistryIsItsSide() {
    assertEquals(actor("Hamas Ministry of Health", ClaimantKind.GOVERNMENT, "Hamas"),
        en("the Hamas-run health ministry"));
    assertEquals(actor("Hamas Ministry of Health", ClaimantKind.GOVERNMENT, "Hamas"),
        fr("le ministère de la Santé du Hamas"));
  }

  @Test
  void civilDefenceAndPoliceAreGovernment() {
    assertEquals(actor("Palestinian civil defence agency", ClaimantKind.GOVERNMENT, "PSE"),
        en("Gaza 's civil defence agency"));
    assertEquals(actor("Somali police", ClaimantKind.GOVERNMENT, "SOM"), en("Somali police"));
    assertEquals(ClaimantKind.GOVERNMENT, fr("la défense civile libanaise").kind());
  }

  @Test
  void generalStaffAndSecuritySourcesAreMilitary() {
    assertEquals(actor("Burkinabe general staff", ClaimantKind.MILITARY, "BFA"),
        fr("l' état-major général des armées burkinabè"));
    assertEquals(actor("Burkinabe security sources", ClaimantKind.MILITARY, "BFA"),
        en("Burkinabe security sources"));
    assertEquals(actor("Malian Armed Forces (FAMa)", ClaimantKind.MILITARY, "MLI"), fr("les FAMa"));
  }

  @Test
  void namedLeadersOutrankTheirTitles() {
    assertEquals(actor("Volodymyr Zelensky", ClaimantKind.GOVERNMENT, "UKR"),
        fr("le président ukrainien Volodymyr Zelensky"));
    assertEquals(actor("Vladimir Putin", ClaimantKind.GOVERNMENT, "RUS"), fr("Vladimir Poutine"));
    assertEquals("AZE", fr("Hikmet Hajiyev , assistant du président azerbaïdjanais").side().orElseThrow());
    assertEquals(actor("Recep Tayyip Erdoğan, President of Turkey", ClaimantKind.GOVERNMENT, "TUR"),
        fr("le président Recep Tayyip Erdoğan"));
    assertEquals(actor("Benjamin Netanyahu, Prime Minister of Israel", ClaimantKind.GOVERNMENT, "ISR"),
        fr("Netanyahou"));
    assertEquals(ClaimantKind.MILITARY, en("Igor Konashenkov").kind());
    assertEquals(actor("Vyacheslav Gladkov, governor of Belgorod region", ClaimantKind.GOVERNMENT, "RUS"),
        en("Belgorod governor Vyacheslav Gladkov"));
  }

  @Test
  void aTitleWithADemonymIsThatStatesOfficial() {
    assertEquals(actor("Ukrainian President", ClaimantKind.GOVERNMENT, "UKR"), en("the Ukrainian president"));
    assertEquals(actor("Armenian Prime Minister", ClaimantKind.GOVERNMENT, "ARM"), fr("le Premier ministre arménien"));
  }

  @Test
  void partyLeadersArePoliticians() {
    assertEquals(ClaimantKind.POLITICIAN, fr("Le président du Parti du mouvement nationaliste").kind());
    assertEquals(ClaimantKind.POLITICIAN, fr("Devlet Bahçeli").kind());
  }

  @Test
  void internationalBodiesHaveNoSide() {
    assertEquals(actor("ICRC", ClaimantKind.INTERNATIONAL_ORG, null), fr("le Comité international de la Croix-Rouge"));
    assertEquals(actor("ICRC", ClaimantKind.INTERNATIONAL_ORG, null), fr("le CICR"));
    assertEquals(actor("United Nations", ClaimantKind.INTERNATIONAL_ORG, null), fr("l'ONU"));
    assertEquals(actor("UNRWA", ClaimantKind.INTERNATIONAL_ORG, null), en("UNRWA"));
    assertEquals(actor("MONUSCO", ClaimantKind.INTERNATIONAL_ORG, null), en("the head of MONUSCO"));
    assertEquals(actor("OCHA", ClaimantKind.INTERNATIONAL_ORG, null), en("the UN humanitarian office OCHA"));
  }

  @Test
  void monitorsAreNgos() {
    assertEquals(actor("Syrian Observatory for Human Rights", ClaimantKind.NGO, null),
        en("the Britain-based Syrian Observatory for Human Rights"));
    assertEquals(actor("Syrian Observatory for Human Rights", ClaimantKind.NGO, null),
        fr("l' Observatoire syrien des droits de l'homme"));
    assertEquals(ClaimantKind.NGO, en("Human Rights Watch").kind());
    assertEquals(ClaimantKind.NGO, fr("Médecins sans frontières").kind());
  }

  @Test
  void agenciesAndOutletsAreMedia() {
    assertEquals(actor("RIA Novosti", ClaimantKind.MEDIA, "RUS"), en("RIA Novosti"));
    assertEquals(actor("Armenpress", ClaimantKind.MEDIA, "ARM"), en("Armenpress"));
    assertEquals(actor("Anadolu Agency", ClaimantKind.MEDIA, "TUR"), fr("l' agence Anadolu"));
    assertEquals(actor("Al-Masirah", ClaimantKind.MEDIA, "Houthis"), en("Houthi-run Al-Masirah TV"));
    assertEquals(actor("AFP", ClaimantKind.MEDIA, null), fr("l' AFP"));
  }

  @Test
  void groupsSpeakForThemselves() {
    assertEquals(actor("Hezbollah", ClaimantKind.MILITARY, "Hezbollah"), en("Hezbollah"));
    assertEquals(actor("Houthi military spokesman", ClaimantKind.MILITARY, "Houthis"),
        en("Houthi military spokesman Yahya"));
    assertEquals(actor("Islamic State", ClaimantKind.MILITARY, "Islamic State"), fr("le groupe Etat islamique"));
  }

  @Test
  void aBareStateOrCapitalIsItsGovernment() {
    assertEquals(actor("Armenian government", ClaimantKind.GOVERNMENT, "ARM"), fr("Erevan"));
    assertEquals(actor("Russian government", ClaimantKind.GOVERNMENT, "RUS"), en("Moscow"));
    assertEquals(actor("Armenian side", ClaimantKind.GOVERNMENT, "ARM"), en("the Armenian side"));
  }

  @Test
  void anIsraeliArmyIsTheIsraeliMilitary() {
    assertEquals(actor("Israeli military", ClaimantKind.MILITARY, "ISR"), en("the Israeli military"));
    assertEquals(actor("Israeli army", ClaimantKind.MILITARY, "ISR"), fr("Tsahal"));
  }

  @Test
  void witnessesAreUnattributed() {
    assertEquals(ClaimantKind.UNATTRIBUTED, fr("des témoins").kind());
    assertEquals(ClaimantKind.UNATTRIBUTED, en("medical sources").kind());
    assertEquals(actor("source close to Hezbollah", ClaimantKind.UNATTRIBUTED, null), en("a source close to Hezbollah"));
  }

  @Test
  void theRelativePronounIsNotTheHealthOrganisation() {
    assertEquals(ClaimantKind.UNATTRIBUTED, en("a resident who asked not to be named").kind());
    assertEquals(actor("WHO", ClaimantKind.INTERNATIONAL_ORG, null), en("the WHO"));
  }

  @Test
  void aPhraseWithoutActorOrSideGivesNothing() {
    assertTrue(FR.resolve(words("les individus armés")).isEmpty());
    assertTrue(EN.resolve(words("gunmen")).isEmpty());
    assertTrue(EN.resolve(List.of()).isEmpty());
  }
}
