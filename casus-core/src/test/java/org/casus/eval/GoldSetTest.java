package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

  private static Path goldFolder() throws URISyntaxException {
    return Path.of(GoldSetTest.class.getResource("/eval/gold").toURI());
  }

  @Test
  void readsEveryJsonFileOfTheFolderSortedById() throws Exception {
    List<GoldDocument> gold = GoldSet.load(goldFolder());

    assertEquals(List.of("a-fr", "b-en"), gold.stream().map(GoldDocument::id).toList());
  }

  @Test
  void keepsLanguagePublicationDateAndFacts() throws Exception {
    GoldDocument document = GoldSet.load(goldFolder()).get(0);

    assertEquals("fr", document.lang());
    assertEquals(LocalDate.of(2020, 10, 13), document.published());
    assertEquals(2, document.facts().size());
    assertEquals("armed_clash", document.facts().get(0).get("event_type").asText());
  }

  @Test
  void resolvesTheInputRelativeToTheGoldFile() throws Exception {
    Path folder = goldFolder();
    GoldDocument document = GoldSet.load(folder).get(0);

    assertEquals(folder.getParent().resolve("texts/a-fr.txt").toAbsolutePath().normalize(),
        document.input());
  }

  @Test
  void aMalformedGoldFileIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.json"), "{\"id\": \"broken\", \"facts\": [");

    GoldFormatException error = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));

    assertTrue(error.getMessage().contains("broken.json"), error.getMessage());
    assertEquals(dir.resolve("broken.json"), error.file());
  }

  @Test
  void aGoldFileWithoutPublicationDateIsAnErrorSayingSo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.json"),
        "{\"id\": \"x\", \"input\": \"x.txt\", \"lang\": \"en\", \"facts\": []}");

    GoldFormatException error = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));

    assertTrue(error.getMessage().contains("x.json"), error.getMessage());
    assertTrue(error.getMessage().contains("published"), error.getMessage());
  }

  @Test
  void twoFilesWithTheSameIdAreAnError(@TempDir Path dir) throws IOException {
    String gold = "{\"id\": \"same\", \"input\": \"x.txt\", \"lang\": \"en\","
        + " \"published\": \"2020-01-01\", \"facts\": []}";
    Files.writeString(dir.resolve("one.json"), gold);
    Files.writeString(dir.resolve("two.json"), gold);

    GoldFormatException error = assertThrows(GoldFormatException.class, () -> GoldSet.load(dir));

    assertTrue(error.getMessage().contains("one.json"), error.getMessage());
  }
}
