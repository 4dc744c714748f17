package org.casus.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Claim;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.Count;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Place;
import org.casus.model.Provenance;
import org.casus.model.Span;
import org.casus.model.Stance;
import org.casus.model.Victims;
import org.junit.jupiter.api.Test;

/** Which state a claimant named without one speaks for, once the facts are placed. */
class ClaimantSidesTest {
  private static final Claimant LOCAL_AUTHORITIES =
      new Claimant("local authorities", ClaimantKind.GOVERNMENT, Optional.empty());

  private static Fact killed(Claimant claimant, Place... places) {
    Provenance p = Provenance.of(new Evidence("d", new Span(0, 100), new Span(0, 5), "words"), 0.8)
        .withPlaces(List.of(places))
        .withClaim(new Claim(claimant, Optional.of("said"), Optional.empty(), Stance.ASSERTED));
    return new Casualties(CasualtyOutcome.KILLED, Count.exact(3), Victims.UNKNOWN, Optional.empty(),
        Optional.empty(), p);
  }

  private static Place town(String name, String country) {
    return new Place(name, Optional.of(country), Optional.of(1.0), Optional.of(2.0), "exact",
        Optional.empty(), Optional.empty());
  }

  private static Claimant claimantOf(Fact f) {
    return f.provenance().claim().claimant();
  }

  @Test
  void anUnsidedAuthoritySpeaksForTheStateWhereItsFactsHappened() {
    List<Fact> out = ClaimantSides.complete(List.of(
        killed(LOCAL_AUTHORITIES, town("Kharkiv", "UKR")), killed(LOCAL_AUTHORITIES)));
    assertEquals(Optional.of("UKR"), claimantOf(out.get(0)).side());
    assertEquals(Optional.of("UKR"), claimantOf(out.get(1)).side(), "the same claimant, sided once for all its facts");
    assertEquals("local authorities", claimantOf(out.get(1)).name());
  }

  @Test
  void theCountryMostOfItsFactsAreInWins() {
    List<Fact> out = ClaimantSides.complete(List.of(killed(LOCAL_AUTHORITIES, town("Belgorod", "RUS")),
        killed(LOCAL_AUTHORITIES, town("Kharkiv", "UKR")), killed(LOCAL_AUTHORITIES, town("Izium", "UKR"))));
    assertEquals(Optional.of("UKR"), claimantOf(out.get(0)).side());
  }

  @Test
  void withNoPlacedFactTheDocumentsCountryIsTaken() {
    Claimant army = new Claimant("army", ClaimantKind.MILITARY, Optional.empty());
    List<Fact> out = ClaimantSides.complete(List.of(killed(Claimant.article(), town("Bamako", "MLI")), killed(army)));
    assertEquals(Optional.of("MLI"), claimantOf(out.get(1)).side());
    assertEquals(Optional.empty(), claimantOf(out.get(0)).side(), "the article's voice has no side");
  }

  @Test
  void aSidedClaimantKeepsItsSide() {
    Claimant russianMinistry = new Claimant("Russian Ministry of Defence", ClaimantKind.MILITARY, Optional.of("RUS"));
    List<Fact> out = ClaimantSides.complete(List.of(killed(russianMinistry, town("Kharkiv", "UKR"))));
    assertEquals(Optional.of("RUS"), claimantOf(out.get(0)).side());
  }

  @Test
  void internationalOrganisationsAndMediaStayWithoutSide() {
    Claimant un = new Claimant("United Nations", ClaimantKind.INTERNATIONAL_ORG, Optional.empty());
    Claimant afp = new Claimant("AFP", ClaimantKind.MEDIA, Optional.empty());
    List<Fact> out = ClaimantSides.complete(List.of(killed(un, town("Goma", "COD")), killed(afp, town("Goma", "COD"))));
    assertEquals(Optional.empty(), claimantOf(out.get(0)).side());
    assertEquals(Optional.empty(), claimantOf(out.get(1)).side());
  }
}
