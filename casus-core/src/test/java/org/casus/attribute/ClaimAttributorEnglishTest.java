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

/** Who claims a figure, in English news text. */
class ClaimAttributorEnglishTest {
  private static ClaimAttributor attributor;

  @BeforeAll
  static void load() {
    attributor = ClaimAttributor.load();
  }

  private static Claim claimOf(String text, String figure) {
    AnnotatedText t = SharedNlp.annotate(text, Language.EN);
    Fact f = Figures.killed(t, figure);
    return Figures.claim(attributor.attribute(t, List.of(f)).get(0));
  }

  @Test
  void speakerAtTheEndClaimsTheSentence() {
    Claim c = claimOf("At least 14 people were killed in the blast, the Somali police said on Monday.",
        "14 people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("said"), c.verb());
  }

  @Test
  void accordingToIntroducesTheClaimant() {
    Claim c = claimOf("According to the Lebanese health ministry, three people were killed in the strike.",
        "three people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("LBN"), c.claimant().side());
  }

  @Test
  void quotedSpeakerAfterTheQuoteClaimsIt() {
    Claim c = claimOf("\"Six soldiers died in the ambush,\" the Malian army said.", "Six soldiers");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void namedOfficialSpeaksForTheirInstitution() {
    Claim c = claimOf("Ivan Petrov, the Russian defence minister, said 71 servicemen were killed.",
        "71 servicemen");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("RUS"), c.claimant().side());
    assertTrue(c.claimant().name().startsWith("Ivan Petrov"), c.claimant().name());
  }

  @Test
  void statementAsSubjectContinuesTheClaimInANewParagraph() {
    String text = "Mali's army said on Thursday that it had repelled an attack near Nara.\n\n"
        + "Eight soldiers died during the fighting, the statement added.";
    Claim c = claimOf(text, "Eight soldiers");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("MLI"), c.claimant().side());
  }

  @Test
  void newClaimantEndsThePreviousClaim() {
    String text = "Mali's army said on Thursday that it had repelled an attack near Nara. "
        + "Witnesses said that nine civilians were killed in the village.";
    Claim c = claimOf(text, "nine civilians");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
    assertEquals("eyewitnesses", c.claimant().name());
  }

  @Test
  void denialGivesDeniedStance() {
    Claim c = claimOf("The Russian defence ministry denied that 20 civilians had been killed.", "20 civilians");
    assertEquals(Stance.DENIED, c.stance());
  }

  @Test
  void aDenialOfAnEventReportedBeforeDeniesThatEvent() {
    AnnotatedText t = SharedNlp.annotate("The Ukrainian army said Russian forces shelled the market in Kharkiv. "
        + "Russia's defence ministry denied that its forces shelled the market.", Language.EN);
    Fact claimed = Figures.killed(t, "Russian forces shelled the market");
    Fact denying = Figures.killed(t, "its forces shelled the market");
    org.casus.model.Event first = new org.casus.model.Event("shelling_artillery_missile_attack", true, false,
        Optional.of("RUS"), Optional.empty(), List.of(), claimed.provenance());
    org.casus.model.Event second = new org.casus.model.Event("shelling_artillery_missile_attack", true, false,
        Optional.of("RUS"), Optional.empty(), List.of(), denying.provenance());
    List<Fact> out = attributor.attribute(t, List.of(first, second));
    assertEquals(1, out.size());
    org.casus.model.Event e = (org.casus.model.Event) out.get(0);
    assertEquals(List.of("RUS"), e.deniedBy().stream().map(c -> c.side().orElse("")).toList());
    assertEquals(Stance.ASSERTED, e.provenance().claim().stance());
  }

  @Test
  void denialAddsTheClaimantsSideToTheEvent() {
    AnnotatedText t = SharedNlp.annotate("Russia's defence ministry denied that its forces shelled the market in Kharkiv.",
        Language.EN);
    Fact shelling = Figures.killed(t, "its forces shelled the market");
    org.casus.model.Event e = new org.casus.model.Event("shelling_artillery_missile_attack", true, false,
        Optional.of("RUS"), Optional.empty(), List.of(), shelling.provenance());
    org.casus.model.Event out = (org.casus.model.Event) attributor.attribute(t, List.of(e)).get(0);
    assertEquals(List.of("RUS"), out.deniedBy().stream().map(c -> c.side().orElse("")).toList());
    assertEquals(Stance.DENIED, out.provenance().claim().stance());
  }

  @Test
  void reportedlyGivesHedgedStanceInTheArticlesVoice() {
    Claim c = claimOf("Five people were reportedly killed in the strike on Kharkiv.", "Five people");
    assertEquals(Stance.HEDGED, c.stance());
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
  }

  @Test
  void unnamedOfficialsKeepADescriptiveName() {
    Claim c = claimOf("Four people were killed in the attack, officials said.", "Four people");
    assertTrue(c.claimant().name().contains("officials"), c.claimant().name());
  }

  @Test
  void citingNamesTheSourceOfTheClause() {
    Claim c = claimOf("Two soldiers were killed overnight, citing the Ukrainian Air Force.", "Two soldiers");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("UKR"), c.claimant().side());
  }

  @Test
  void figureWithoutSourceIsUnattributed() {
    assertEquals(Claim.unattributed(),
        claimOf("A missile strike killed seven civilians in Kharkiv on Saturday.", "seven civilians"));
  }

  @Test
  void abstractSourceNounLeavesTheClaimInForce() {
    Claim c = claimOf("The health ministry said the strike hit a crowded market. "
        + "According to preliminary data, nine people were killed.", "nine people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void knownPersonWithASideOutranksAnUnsidedTitle() {
    Claim c = claimOf("Military spokesman Igor Konashenkov said 30 fighters were killed near the river.",
        "30 fighters");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("RUS"), c.claimant().side());
  }

  @Test
  void speakerAfterAListTheParserLeftLooseClaimsTheSentence() {
    Claim c = claimOf("Ukraine's total losses over the three days of fighting amounted to 3,715 service members, "
        + "52 tanks, 207 armored fighting vehicles and 48 artillery pieces, Russian Defense Minister Sergey Shoigu "
        + "said in a statement on Tuesday.", "48 artillery pieces");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("RUS"), c.claimant().side());
  }

  @Test
  void asReportedByNamesTheAgentAsClaimant() {
    Claim c = claimOf("At least seven people have died in a Russian missile strike on Kharkiv, as reported by "
        + "the Ukrainian police.", "seven people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("UKR"), c.claimant().side());
  }

  @Test
  void anExpletivePassiveNamesNobodyAndDoesNotResumeTheLastSpeaker() {
    String text = "The Armenian defence ministry denied this information.\n\n"
        + "Earlier it was reported that the death toll had increased to 12 people.";
    Claim c = claimOf(text, "12 people");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
    assertEquals("article", c.claimant().name());
  }

  @Test
  void aDeterminerAloneIsAnotherOfTheSourcesNamedBefore() {
    String text = "At least four soldiers were killed on Tuesday, security sources said. "
        + "Another said the army counter-attacked, killing 12 of the assailants.";
    Claim c = claimOf(text, "12 of the assailants");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals("security sources", c.claimant().name());
  }

  @Test
  void aSpeakerAfterADatelineReportsItsOwnComplement() {
    Claim c = claimOf("Gaza Strip: Civil defence rescuers in Gaza City said an Israeli strike Sunday on a "
        + "school-turned-shelter killed at least 7 people.", "at least 7 people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(Optional.of("said"), c.verb());
  }

  @Test
  void theDefenseDepartmentSpelledTheAmericanWayIsTheMilitary() {
    Claim c = claimOf("The representative of the Armenian defense department said 12 soldiers were killed.",
        "12 soldiers");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("ARM"), c.claimant().side());
  }

  @Test
  void aLeadIsClaimedByTheSourceOfTheBreakdownThatFollowsIt() {
    String text = "Fourteen people were killed in a strike on a market in Sumy on Friday. Among the dead were two "
        + "children, local police said.";
    Claim c = claimOf(text, "Fourteen people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
  }

  @Test
  void aReportingVerbWhoseSubjectTheParserLostTakesTheNounPhraseBeforeIt() {
    String text = "The raid on the camp drew condemnation after the UN children's agency, UNICEF, said four pupils "
        + "were among those killed.";
    Claim c = claimOf(text, "four pupils");
    assertEquals(ClaimantKind.INTERNATIONAL_ORG, c.claimant().kind());
    assertEquals("UNICEF", c.claimant().name());
  }

  @Test
  void theAccusedIsNoSpeaker() {
    String text = "The state news agency claimed that four people were killed, accusing the militia of having fired "
        + "on a crowded bus station.";
    Claim c = claimOf(text, "four people");
    assertEquals(ClaimantKind.MEDIA, c.claimant().kind());
  }

  @Test
  void aSentenceThatOnlyNamesTheSourceClaimsTheParagraphsAfterIt() {
    String text = "Two people died in the explosion at the market, reports TASS.\n\n"
        + "Officers of the regional police reported to the agency's correspondent.\n\n"
        + "The blast left a deep crater near the entrance.\n\n"
        + "According to preliminary information, three more people were killed in the fire that followed.\n\n"
        + "Later, the governor said that rescuers had found a fourth victim.\n\n"
        + "Five soldiers were killed elsewhere in the region.";
    Claim c = claimOf(text, "three more people");
    assertEquals(ClaimantKind.GOVERNMENT, c.claimant().kind());
    assertEquals(ClaimantKind.UNATTRIBUTED, claimOf(text, "Five soldiers").claimant().kind(),
        "the next speaker ends the source's reach");
  }

  @Test
  void aDenialIsNoSourceForWhatFollows() {
    String text = "Rockets hit the city overnight.\n\n"
        + "The ministry of defence of Armenia denied this information.\n\n"
        + "Earlier it was reported that the death toll had risen to 12 people.";
    assertEquals(ClaimantKind.UNATTRIBUTED, claimOf(text, "12 people").claimant().kind());
  }

  @Test
  void anEmbeddedPostIsItsAuthorsWord() {
    String text = "Shelling went on through the night.\n\n"
        + "The enemy shelled the village again. According to first reports four civilians were killed. "
        + "pic.twitter.com/x7Yq2 \u2014 Ministry of Defence of Ukraine (@DefenceU) March 3, 2024\n\n"
        + "Two more civilians were killed on Monday.";
    Claim c = claimOf(text, "four civilians");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("UKR"), c.claimant().side());
    assertEquals(ClaimantKind.UNATTRIBUTED, claimOf(text, "Two more civilians").claimant().kind());
  }

  @Test
  void anOfficialNamedRightBeforeASubjectlessSaidSpeaksThroughTheAgencyRelayingThem() {
    String text = "Russian shelling of the town has killed 3 civilians, Ukrinform reports spokeswoman of the Ukrainian "
        + "Defence Ministry Natalia Kovalenko said at a briefing on Monday.";
    Claim c = claimOf(text, "3 civilians");
    assertEquals(ClaimantKind.MILITARY, c.claimant().kind());
    assertEquals(Optional.of("UKR"), c.claimant().side());
  }

  @Test
  void aSpeakerConjoinedToAnotherIsNotThatOther() {
    String text = "A car bomb exploded at the gate of the base, killing four people, as the police and other witnesses "
        + "said on Monday.\n\nTwo guards and a driver were among those killed in the blast, witnesses said.";
    Claim c = claimOf(text, "Two guards");
    assertEquals(ClaimantKind.UNATTRIBUTED, c.claimant().kind());
    assertEquals("eyewitnesses", c.claimant().name());
  }

  @Test
  void aParagraphThatAddsToTheOneBeforeGoesOnWithItsClaim() {
    String text = "The Nigerian army said that its troops had repelled an attack on a base in Borno state.\n\n"
        + "The insurgents also killed 4 farmers in a nearby village.";
    assertEquals(ClaimantKind.MILITARY, claimOf(text, "4 farmers").claimant().kind());
  }
}
