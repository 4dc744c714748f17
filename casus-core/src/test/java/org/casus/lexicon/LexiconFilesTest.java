package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casus.model.ClaimantKind;
import org.casus.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lexicon files themselves: shape, allowed values, and no word claimed twice. */
class LexiconFilesTest {
  private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
  private static final Set<String> OBJECTS = Set.of("houses", "apartments", "public_buildings", "infrastructure", "other");
  private static final Set<String> GROUPS = new HashSet<>(rows("lexicon/groups.tsv", 1).stream().map(r -> r[0]).toList());

  /** A data line split on tabs, with its number, read without any padding. */
  private record Line(int number, String[] cells) {}

  private static List<Line> lines(String resource) {
    InputStream in = LexiconFilesTest.class.getClassLoader().getResourceAsStream(resource);
    assertNotNull(in, "missing resource " + resource);
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
          out.add(new Line(n, line.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (Line l : lines(resource)) {
      if (l.cells().length != columns) {
        fail(resource + ":" + l.number() + " has " + l.cells().length + " columns, not " + columns);
      }
      for (int i = 0; i < l.cells().length; i++) {
        if (!l.cells()[i].equals(l.cells()[i].strip())) {
          fail(resource + ":" + l.number() + " has spaces around a cell");
        }
      }
      if (l.cells()[0].isEmpty()) {
        fail(resource + ":" + l.number() + " has an empty first cell");
      }
      out.add(l.cells());
    }
    return out;
  }

  private static boolean isSide(String side) {
    return ALPHA3.contains(side) || GROUPS.contains(side);
  }

  static Stream<Arguments> languages() {
    return Stream.of(Language.values()).map(l -> Arguments.of(l.code()));
  }

  @Test
  void weapons_haveThreeColumns_aKnownCategory_andNoAliasForTwoSystems() {
    List<String[]> rows = rows(WeaponLexicon.RESOURCE, 3);
    assertTrue(rows.size() >= 250, "systems: " + rows.size());
    Map<String, String> owner = new HashMap<>();
    Set<String> canonicals = new HashSet<>();
    for (String[] r : rows) {
      assertTrue(WeaponLexicon.CATEGORIES.contains(r[1]), r[0] + ": category " + r[1]);
      assertTrue(canonicals.add(r[0]), "canonical listed twice: " + r[0]);
      List<String> names = new ArrayList<>(List.of(r[0]));
      if (!r[2].isEmpty()) {
        names.addAll(List.of(r[2].split("\\|")));
      }
      for (String name : names) {
        assertTrue(!name.isBlank(), r[0] + ": empty alias");
        String previous = owner.putIfAbsent(LexiconKeys.compactKey(name), r[0]);
        assertTrue(previous == null || previous.equals(r[0]),
            "'" + name + "' names both " + previous + " and " + r[0]);
      }
    }
  }

  @Test
  void everyCanonicalSystemIsFoundUnderItsOwnName() {
    WeaponLexicon weapons = WeaponLexicon.load();
    for (String[] r : rows(WeaponLexicon.RESOURCE, 3)) {
      assertEquals(r[0], weapons.lookup(r[0]).orElseThrow().canonical());
      assertEquals(r[1], weapons.categoryOf(r[0]).orElseThrow());
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void materielNouns_haveAKnownCategory(String lang) {
    String resource = "lexicon/" + lang + "/materiel.tsv";
    Map<String, String> seen = new HashMap<>();
    for (String[] r : rows(resource, 2)) {
      assertTrue(WeaponLexicon.CATEGORIES.contains(r[1]), resource + ": " + r[0] + " -> " + r[1]);
      String previous = seen.putIfAbsent(LexiconKeys.phraseKey(r[0]), r[1]);
      assertTrue(previous == null || previous.equals(r[1]), resource + ": " + r[0] + " twice");
    }
    assertTrue(NounLexicon.load(resource).size() > 100);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void damageNouns_haveAKnownObject(String lang) {
    String resource = "lexicon/" + lang + "/damage.tsv";
    Map<String, String> seen = new HashMap<>();
    for (String[] r : rows(resource, 2)) {
      assertTrue(OBJECTS.contains(r[1]), resource + ": " + r[0] + " -> " + r[1]);
      String previous = seen.putIfAbsent(LexiconKeys.phraseKey(r[0]), r[1]);
      assertTrue(previous == null || previous.equals(r[1]), resource + ": " + r[0] + " twice");
    }
    assertTrue(NounLexicon.load(resource).size() > 100);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void pluralEndings_haveTwoColumns(String lang) {
    rows("lexicon/" + lang + "/plural-endings.tsv", 2);
  }

  @Test
  void groups_areOneShortNameALine_andNoStateCode() {
    for (String[] r : rows("lexicon/groups.tsv", 1)) {
      assertTrue(!ALPHA3.contains(r[0]), "group named like a state: " + r[0]);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void demonyms_giveAKnownSide_andCoverAtLeast120States(String lang) {
    String resource = "lexicon/" + lang + "/demonyms.tsv";
    Map<String, String> seen = new HashMap<>();
    Set<String> states = new HashSet<>();
    for (String[] r : rows(resource, 3)) {
      assertTrue(isSide(r[1]), resource + ": " + r[0] + " -> " + r[1]);
      String previous = seen.putIfAbsent(LexiconKeys.phraseKey(r[0]), r[1]);
      assertTrue(previous == null || previous.equals(r[1]), resource + ": " + r[0] + " is " + previous + " and " + r[1]);
      if (ALPHA3.contains(r[1])) {
        states.add(r[1]);
      }
    }
    assertTrue(states.size() >= 120, resource + " covers " + states.size() + " states");
    Set<String> groupsNamed = new HashSet<>();
    rows(resource, 3).stream().filter(r -> GROUPS.contains(r[1])).forEach(r -> groupsNamed.add(r[1]));
    assertEquals(GROUPS, groupsNamed, resource + ": every group has its names");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void placeNames_giveAKnownSide(String lang) {
    for (String file : List.of("metonyms.tsv", "countries.tsv")) {
      String resource = "lexicon/" + lang + "/" + file;
      Map<String, String> seen = new HashMap<>();
      for (String[] r : rows(resource, 2)) {
        assertTrue(isSide(r[1]), resource + ": " + r[0] + " -> " + r[1]);
        String previous = seen.putIfAbsent(LexiconKeys.phraseKey(r[0]), r[1]);
        assertTrue(previous == null || previous.equals(r[1]), resource + ": " + r[0] + " twice");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void determiners_sayWhetherTheyGoBeforeOrAfter(String lang) {
    for (String[] r : rows("lexicon/" + lang + "/determiners.tsv", 2)) {
      assertTrue(Set.of("before", "after").contains(r[1]), r[0] + ": " + r[1]);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void actors_haveAKnownKindAndSide(String lang) {
    String resource = "lexicon/" + lang + "/actors.tsv";
    Map<String, String> seen = new HashMap<>();
    for (String[] r : rows(resource, 4)) {
      assertTrue(!r[1].isEmpty(), resource + ": " + r[0] + " has no canonical name");
      ClaimantKind.fromCode(r[2]);
      String side = r[3];
      assertTrue(side.isEmpty() || side.equals(ActorLexicon.SIDE_FROM_PHRASE) || isSide(side),
          resource + ": " + r[0] + " side " + side);
      String entry = r[1] + "\t" + r[2] + "\t" + r[3];
      String previous = seen.putIfAbsent(LexiconKeys.phraseKey(r[0]), entry);
      assertTrue(previous == null || previous.equals(entry), resource + ": " + r[0] + " listed twice differently");
    }
    assertTrue(ActorLexicon.load(Language.fromCode(lang).orElseThrow(),
        SideLexicon.load(Language.fromCode(lang).orElseThrow())).size() > 300);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everySideLexiconLoads(String lang) {
    SideLexicon sides = SideLexicon.load(Language.fromCode(lang).orElseThrow());
    assertEquals(GROUPS, sides.groups());
  }
}
