package org.casus.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Claim;
import org.casus.model.ClaimantKind;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.Stance;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who claims a figure, in French news text. */
class ClaimAttributorFrenchTest {
  private static ClaimAttributor attributor;

  @BeforeAll
  static void load() {
    attributor = ClaimAttributor.load();
  }

  private static Claim claimOf(String text, String figure) {
    AnnotatedText t = SharedNlp.annotate(text, Language.FR);
    Fact f = Figures.killed(t, figure);
    return Figures.claim(attributor.attribute(t, List.of(f)).get(0));
  }

  @Test
  void subjectOfReportingVerbClaimsItsComplement() {
    Claim c = claimOf("Le ministère russe de la Défense a affirmé que 60 soldats ukrainiens avaient été tués.",
        "60 soldats ukrainiens");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("RUS"), c.claimant().side());
    assertEquals(Optional.of("a affirmé"), c.verb());
    assertEquals(Stance.ASSERTED, c.stance());
  }

  @Test
  void selonIntroducesTheClaimant() {
    Claim c = claimOf("Selon la police locale, au moins cinq civils ont été tués dans l'explosion.",
        "cinq civils");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("Selon"), c.verb());
  }

  @Test
  void invertedVerbAfterTheClauseClaimsIt() {
    Claim c = claimOf("Trois soldats ont été tués lors de l'attaque, a indiqué l'armée malienne.",
        "Trois soldats");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void quoteWithSpeakerAfterIsClaimedByTheSpeaker() {
    Claim c = claimOf("« Au moins 12 personnes ont été tuées », a déclaré Mahmoud Bassal, porte-parole de la Défense civile.",
        "12 personnes");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertTrue(c.claimant().name().startsWith("Mahmoud Bassal"), c.claimant().name());
  }

  @Test
  void quoteOverSeveralSentencesBelongsToTheSpeakerWhereItCloses() {
    String text = "« Nous avons perdu 30 combattants dans la nuit. La situation reste difficile », "
        + "a déclaré le porte-parole du Hamas.";
    Claim c = claimOf(text, "30 combattants");
    assertEquals(Optional.of("Hamas"), c.claimant().side());
  }

  @Test
  void pronounInTheNextParagraphContinuesTheClaim() {
    String text = "Le procureur général de l'Azerbaïdjan a déclaré mardi que la situation restait grave.\n\n"
        + "Quinze civils ont été tués à Tartar, a-t-il ajouté.";
    Claim c = claimOf(text, "Quinze civils");
    assertEquals(ClaimantKind.JUDICIARY, c.claimant().kind());
    assertEquals(Optional.of("AZE"), c.claimant().side());
  }

  @Test
  void definiteDescriptionPointsBackToTheNamedClaimant() {
    String text = "Le ministère arménien de la Défense a publié un communiqué mardi.\n\n"
        + "Selon le ministère, 20 soldats azerbaïdjanais ont été tués.";
    Claim c = claimOf(text, "20 soldats");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("ARM"), c.claimant().side());
  }

  @Test
  void claimContinuesOverTheRestOfItsParagraph() {
    String text = "L'armée burkinabè a annoncé jeudi une opération dans le Soum. "
        + "Huit terroristes ont été neutralisés pendant les combats.";
    Claim c = claimOf(text, "Huit terroristes");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("BFA"), c.claimant().side());
  }

  @Test
  void newParagraphWithoutReportingReturnsToTheArticle() {
    String text = "L'armée burkinabè a annoncé jeudi une opération dans le Soum.\n\n"
        + "Dimanche, une frappe a tué six civils dans un marché de Djibo.";
    assertEquals(Claim.unattributed(), claimOf(text, "six civils"));
  }

  @Test
  void denialVerbGivesDeniedStance() {
    Claim c = claimOf("Le ministère arménien de la Défense a démenti que 50 soldats avaient été tués.",
        "50 soldats");
    assertEquals(Stance.DENIED, c.stance());
    assertEquals(Optional.of("ARM"), c.claimant().side());
  }

  @Test
  void conditionalGivesHedgedStance() {
    Claim c = claimOf("D'après des sources médicales, dix personnes auraient été tuées.", "dix personnes");
    assertEquals(Stance.HEDGED, c.stance());
  }

  @Test
  void anonymousMedicalSourcesAreUnattributedWithAName() {
    Claim c = claimOf("D'après des sources médicales, dix personnes auraient été tuées.", "dix personnes");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
    assertEquals("medical sources", c.claimant().name());
  }

  @Test
  void factInTheArticlesVoiceIsUnattributed() {
    assertEquals(Claim.unattributed(),
        claimOf("Une frappe de drone a tué quatre civils samedi près de Kharkiv.", "quatre civils"));
  }

  @Test
  void demonstrativeSourcePointsBackToTheClaimantNamedBefore() {
    Claim c = claimOf("La police locale a annoncé l'arrestation de deux suspects. "
        + "Selon ces sources, quatre villageois ont été tués.", "quatre villageois");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void statementThatSumsUpClaimsTheSentencesBeforeIt() {
    Claim c = claimOf("Les combats ont fait 31 morts dans la province. "
        + "La police locale a dressé ce bilan mardi.", "31 morts");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void speakerResumedLaterClaimsTheParagraphsInBetween() {
    Claim c = claimOf("La police locale a annoncé mardi une série d'attaques dans la province.\n\n"
        + "Dans le premier village, 14 personnes ont été tuées.\n\n"
        + "La police relève par ailleurs que deux autres villages ont été pillés.", "14 personnes");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void paragraphAfterAStatementWithoutResumptionIsTheArticlesVoice() {
    Claim c = claimOf("La police locale a annoncé mardi une série d'attaques dans la province.\n\n"
        + "Dans le premier village, 14 personnes ont été tuées.", "14 personnes");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
  }

  @Test
  void statementFrameNamesItsSubjectAsSpeaker() {
    Claim c = claimOf("Dans un communiqué publié lundi, l'armée malienne rend hommage aux 12 soldats "
        + "tués lors de l'attaque.", "12 soldats");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void invertedSubjectAfterTheClauseSpeaks() {
    Claim c = claimOf("Douze soldats ont été tués dans l'embuscade, indique la police locale.", "Douze soldats");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void aSourceClosingTheSentenceVouchesForAllOfIt() {
    Claim c = claimOf("De premières estimations faisaient état, dans la nuit, d’une soixantaine de morts – un tiers "
        + "d’entre eux étant des enfants, selon le ministère de la Santé de Gaza.", "une soixantaine de morts");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("selon"), c.verb());
  }

  @Test
  void aStatementNamingItsAuthorIsTheAuthorsWord() {
    String text = "L’Azerbaïdjan a démenti les allégations de la partie arménienne. « Hadrut a été libéré, "
        + "et 12 soldats arméniens ont été tués », précise un communiqué du ministère azerbaïdjanais de la Défense.";
    Claim c = claimOf(text, "12 soldats arméniens");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("AZE"), c.claimant().side());
  }

  @Test
  void aSurnameAloneRepeatsAHyphenatedNameGivenBefore() {
    String text = "Le porte-parole du ministère de la Santé du Hamas Ashraf al-Qidreh a fait état de 41.316 blessés. "
        + "\"Seuls 316 morts ont pu être sortis des décombres\", a souligné le docteur Qidreh.";
    Claim c = claimOf(text, "316 morts");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("Hamas"), c.claimant().side());
  }

  @Test
  void theStatementIsOfTheClaimantThatIssuedOneNotTheLastNamed() {
    String text = "Dans un communiqué publié dimanche, le ministère malien de la Défense a indiqué que quatre soldats "
        + "ont été tués. Des témoins ont affirmé que le camp avait été incendié. "
        + "Six soldats ont été blessés, ajoute le communiqué.";
    Claim c = claimOf(text, "Six soldats");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void aParagraphTakingUpWhatTheClaimToldGoesOnWithTheClaim() {
    String text = "Le ministère malien de la Défense a indiqué que des jihadistes ont attaqué le camp de Boni.\n"
        + "L’armée malienne a repoussé ces assaillants et tué douze terroristes.";
    Claim c = claimOf(text, "douze terroristes");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void paragraphsOnTheClaimantsOwnForcesBetweenTwoOfItsStatementsAreItsWord() {
    String text = "Le ministère malien de la Défense a annoncé que deux pick-up jihadistes ont été détruits près de Boni.\n"
        + "L’armée malienne a tué huit terroristes près de Douentza.\n"
        + "Le ministère malien de la Défense a indiqué que les forces maliennes ont repris le contrôle de Hombori.";
    Claim c = claimOf(text, "huit terroristes");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void paragraphsOnOtherThingsBetweenTwoStatementsOfOneClaimantAreTheArticlesWord() {
    String text = "Le ministère malien de la Défense a annoncé que deux pick-up jihadistes ont été détruits près de Boni.\n"
        + "Un obus est tombé près d’une école et a tué trois enfants.\n"
        + "Le ministère malien de la Défense a indiqué que les forces maliennes ont repris le contrôle de Hombori.";
    Claim c = claimOf(text, "trois enfants");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
  }

  @Test
  void aLeadIsClaimedByTheSourceOfTheBreakdownThatFollowsIt() {
    String text = "Une frappe russe contre un marché de Soumy a fait 14 blessés vendredi soir. Parmi les victimes "
        + "se trouvent deux enfants, a annoncé samedi la police locale.";
    Claim c = claimOf(text, "14 blessés");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void whatOneLearnedFromSomeoneIsClaimedByThatSource() {
    Claim c = claimOf("Parmi ces victimes, douze civils ont trouvé la mort en janvier, a-t-on appris, mardi de Jean "
        + "Dupont, chef de la mission onusienne.", "douze civils");
    assertEquals(ClaimantKind.INTERNATIONAL_ORG, c.claimant().kind());
  }

  @Test
  void whatOneLearnsFromNobodyStaysInTheArticleVoice() {
    Claim c = claimOf("On a appris que douze civils avaient été tués dans le Nord-Kivu.", "douze civils");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
  }

  @Test
  void aDenialOfTheseAccusationsDeniesEachEventOneSideReportedInARow() {
    AnnotatedText t = SharedNlp.annotate("Le ministère arménien de la Défense a affirmé que Bakou avait repris ses "
        + "attaques contre Djermouk. Le ministère azerbaïdjanais de la Défense a déclaré que les forces arméniennes "
        + "avaient bombardé nos positions à Latchine. Bakou a déclaré que les forces arméniennes tiraient sur trois "
        + "villages. Le porte-parole de l’armée arménienne a démenti ces accusations.", Language.FR);
    List<Fact> events = List.of(event(t, "Bakou avait repris ses attaques"),
        event(t, "les forces arméniennes avaient bombardé nos positions"),
        event(t, "les forces arméniennes tiraient sur trois villages"));
    List<Fact> out = attributor.attribute(t, events);
    assertEquals(List.of(), ((org.casus.model.Event) out.get(0)).deniedBy(), "the denier's own side is not denied");
    assertEquals(List.of("ARM"), deniers(out.get(1)));
    assertEquals(List.of("ARM"), deniers(out.get(2)));
  }

  @Test
  void aBreakdownWithADemonstrativeReachesBackOverParagraphsToItsTotal() {
    String text = "Les combats ont repris près de Bunia.\n\n"
        + "Au moins 40 civils ont perdu la vie dans la province de l'Ituri depuis janvier.\n\n"
        + "Ces personnes ont été tuées par des miliciens de la CODECO.\n\n"
        + "Parmi ces civils, 12 ont péri en mars, a indiqué mardi la Monusco.";
    Claim c = claimOf(text, "40 civils");
    assertEquals(ClaimantKind.INTERNATIONAL_ORG, c.claimant().kind());
    assertEquals(ClaimantKind.UNATTRIBUTED, claimOf(text, "Les combats").claimant().kind(),
        "no further back than the figure broken down");
  }

  @Test
  void theWriterTurningToTheReaderSpeaksInTheArticleVoice() {
    String text = "Le ministère malien de la Défense a déclaré que 12 soldats avaient été tués.\n\n"
        + "Signalons que 30 civils ont été tués dans la même région en mai.";
    assertEquals(ClaimantKind.UNATTRIBUTED, claimOf(text, "30 civils").claimant().kind());
  }

  @Test
  void aParagraphThatAddsToTheOneBeforeGoesOnWithItsClaim() {
    String text = "Le ministère malien de la Défense a indiqué que des jihadistes ont attaqué le poste de Boni.\n\n"
        + "Les jihadistes ont également tué 4 civils dans un village voisin.\n\n"
        + "Les combats ont repris à Tessit.\n\n"
        + "Les habitants ont fui, et 3 bergers ont été tués.";
    assertEquals(ClaimantKind.MILITARY, claimOf(text, "4 civils").claimant().kind());
    assertEquals(ClaimantKind.UNATTRIBUTED, claimOf(text, "3 bergers").claimant().kind(),
        "a paragraph that adds nothing returns to the article's voice");
  }

  private static Fact event(AnnotatedText t, String words) {
    Fact f = Figures.killed(t, words);
    return new org.casus.model.Event("shelling_artillery_missile_attack", false, false, Optional.empty(),
        Optional.empty(), List.of(), f.provenance());
  }

  private static List<String> deniers(Fact f) {
    return ((org.casus.model.Event) f).deniedBy().stream().map(c -> c.side().orElse("")).toList();
  }
}
