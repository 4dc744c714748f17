package org.casus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.ingest.DocumentReader;
import org.casus.ingest.IngestResult;
import org.casus.ingest.InputFormat;
import org.casus.model.Block;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article as read from its file: its furniture is set aside (so no fact and no place can
 * come from it: the annotator reads only extractable blocks), and every block of the cleaned text
 * maps back to the file's characters, even when the file is mis-encoded.
 */
class SeedArticleCleaningTest {
  private static Path seed;
  private static final PlainTextCleaner CLEANER = new PlainTextCleaner(BoilerplatePatterns.load());

  @TempDir Path dir;

  @BeforeAll
  static void find() {
    seed = Path.of(System.getProperty("casus.shared", "../../shared"), "seed/article-fr.txt");
    assumeTrue(Files.exists(seed), "seed article not found");
  }

  private static Document read(Path file) {
    Document[] d = new Document[1];
    Consumer<IngestResult> sink = r -> d[0] = ((IngestResult.Read) r).document();
    new DocumentReader(InputFormat.AUTO, Optional.empty(), 1_000_000).readFile(file, sink);
    return d[0];
  }

  private static String extractableText(CleanText c) {
    StringBuilder sb = new StringBuilder();
    c.extractable().forEach(b -> sb.append(b.span().of(c.text())).append('\n'));
    return sb.toString();
  }

  @Test
  void furnitureIsSetAsideWithItsOffsets() throws IOException {
    String raw = Files.readString(seed);
    CleanText c = CLEANER.clean(read(seed));
    List<String> furniture = c.boilerplate().stream().map(b -> b.span().of(raw)).toList();
    assertTrue(furniture.contains("in"));
    assertTrue(furniture.contains("Laisser un commentaire"));
    assertTrue(furniture.contains("GIPHY App Key not set. Please check settings"));
    assertTrue(furniture.contains("La candidate de Trump à la Cour suprême reste floue sur l’avortement"));
    assertTrue(furniture.stream().anyMatch(f -> f.startsWith("menée, l’Argentine s’en sort")));
    for (Block b : c.boilerplate()) {
      assertFalse(b.reason().isBlank());
    }
  }

  @Test
  void noWordOfTheFurnitureReachesExtraction() {
    String extracted = extractableText(CLEANER.clean(read(seed)));
    for (String furniture : List.of("commentaire", "GIPHY", "Trump", "Cour suprême", "Argentine", "Bolivie", "adresse e-mail")) {
      assertFalse(extracted.contains(furniture), furniture);
    }
    assertTrue(extracted.contains("42 civils azerbaïdjanais avaient perdu la vie"));
  }

  @Test
  void everyBlockMapsBackToTheFile() {
    Document d = read(seed);
    CleanText c = CLEANER.clean(d);
    for (Block b : c.blocks()) {
      assertEquals(b.span().of(c.text()), c.offsets().toRaw(b.span()).of(d.content()));
    }
  }

  @Test
  void aMisEncodedDecomposedCopyCleansToTheSameTextAndMapsBackToItsOwnCharacters() throws IOException {
    String right = Files.readString(seed);
    int cut = right.indexOf("\n\n", right.length() / 2); // first half mis-decoded, second half decomposed
    String broken = new String(right.substring(0, cut).getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))
        + Normalizer.normalize(right.substring(cut), Normalizer.Form.NFD);
    Path copy = Files.writeString(dir.resolve("article-fr.txt"), broken);
    Document d = read(copy);
    CleanText c = CLEANER.clean(d);
    assertEquals(right, c.text());
    assertEquals(CLEANER.clean(read(seed)).blocks(), c.blocks());
    for (Block b : c.blocks()) {
      String asRead = c.offsets().toRaw(b.span()).of(d.content());
      String undone = asRead.indexOf('Ã') >= 0 || asRead.indexOf('â') >= 0
          ? new String(asRead.getBytes(Charset.forName("windows-1252")), StandardCharsets.UTF_8) : asRead;
      assertEquals(b.span().of(c.text()), Normalizer.normalize(undone, Normalizer.Form.NFC));
    }
    int at = c.text().indexOf("Ganja");
    Span back = c.offsets().toRaw(new Span(at, at + 5));
    assertEquals("Ganja", back.of(d.content()));
  }
}
