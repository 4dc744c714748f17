package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.casus.model.Casualties;
import org.casus.model.Event;
import org.casus.model.Language;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/** The sides of a figure or an event, one way of naming them a test, on sentences written for these tests. */
class SideFinderTest {
  private static Casualties figure(String text, Language language) {
    List<Casualties> all = new CasualtyExtractor(SharedNlp.lexicons()).extract(SharedNlp.annotate(text, language))
        .stream().map(Casualties.class::cast).toList();
    assertEquals(1, all.size(), () -> "facts: " + all);
    return all.get(0);
  }

  private static Event event(String text, Language language) {
    List<Event> all = new EventExtractor(SharedNlp.lexicons()).extract(SharedNlp.annotate(text, language))
        .stream().map(Event.class::cast).toList();
    assertEquals(1, all.size(), () -> "events: " + all);
    return all.get(0);
  }

  @Test
  void aDemonymOfTwoWordsIsNotTheDemonymOfItsLastWord() {
    Casualties c = figure("South Sudanese troops shelled a rebel camp near Malakal, killing 12 fighters.", Language.EN);
    assertEquals(Optional.of("SSD"), c.perpetratorSide());
  }

  @Test
  void aCountryOfSeveralWordsAsTheComplementOfAnActor() {
    Event e = event("Soldiers from the Central African Republic clashed with rebels near Bambari.", Language.EN);
    assertEquals(Optional.of("CAF"), e.actor1Side());
  }

  @Test
  void aCountryOfTwoWordsAsSubjectOfTheKilling() {
    Casualties c = figure("United States forces killed 4 al-Shabaab militants near Jilib.", Language.EN);
    assertEquals(Optional.of("USA"), c.perpetratorSide());
    assertEquals(Optional.of("al-Shabaab"), c.victimSide());
  }

  @Test
  void frenchCountryOfTwoWordsAsSubjectOfTheStrikes() {
    Casualties c = figure("L'Arabie saoudite a mené des frappes sur Sanaa, tuant 9 civils.", Language.FR);
    assertEquals(Optional.of("SAU"), c.perpetratorSide());
  }

  @Test
  void theSubjectOfTheClauseAParticipleCompletesIsWhoKilled() {
    Casualties c = figure("The Houthis targeted the city with a missile, killing seven civilians, said an official of the"
        + " Yemen army.", Language.EN);
    assertEquals(Optional.of("Houthis"), c.perpetratorSide());
  }

  @Test
  void frenchAgentOfAPassiveNamedBySeveralWords() {
    Casualties c = figure("Six soldats ont été tués par les Forces de soutien rapide près de Khartoum.", Language.FR);
    assertEquals(Optional.of("Rapid Support Forces"), c.perpetratorSide());
  }

  @Test
  void frenchArmyThatLosesSoldiersIsTheVictimsSideNotTheAttacker() {
    Casualties c = figure("L'armée burkinabè a perdu 10 soldats dans une attaque près de Djibo.", Language.FR);
    assertEquals(Optional.of("BFA"), c.victimSide());
    assertEquals(Optional.empty(), c.perpetratorSide());
  }

  @Test
  void aStateThatLosesServicemenIsTheVictimsSide() {
    Casualties c = figure("Russia lost 71 servicemen over the same period, the minister added.", Language.EN);
    assertEquals(Optional.of("RUS"), c.victimSide());
    assertEquals(Optional.empty(), c.perpetratorSide());
  }

  @Test
  void frenchLossesOfAnArmyAreItsVictims() {
    Casualties c = figure("Les pertes totales en hommes de l'armée arménienne s'établissent à 157 soldats tués.",
        Language.FR);
    assertEquals(Optional.of("ARM"), c.victimSide());
    assertEquals(Optional.empty(), c.perpetratorSide());
  }

  @Test
  void civiliansBelongToAStateNotToTheGroupHoldingTheirTown() {
    Casualties c = figure("Saudi Arabia launched air strikes on Sanaa, killing 8 civilians.", Language.EN);
    assertEquals(Optional.of("SAU"), c.perpetratorSide());
    // left open for the state where they fell, which the places give later
    assertEquals(Optional.empty(), c.victimSide());
  }

  @Test
  void frenchSideNamedByTheSideTheFiguresAreOn() {
    Casualties c = figure("Du côté des FAMa, on déplore six militaires tués près de Boulkessi.", Language.FR);
    assertEquals(Optional.of("MLI"), c.victimSide());
  }

  @Test
  void englishSideNamedByTheRanksTheFiguresAreIn() {
    Casualties c = figure("In the ranks of the Ukrainian army, 12 soldiers were killed near Bakhmut.", Language.EN);
    assertEquals(Optional.of("UKR"), c.victimSide());
    assertEquals(Optional.empty(), c.perpetratorSide());
  }
}
