package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command given a path that is not there says so in one line and exits with the usage code. */
class InputProblemTest {
  @TempDir Path dir;

  private String stderrOf(String... args) {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(Casus.USAGE, Casus.run(args));
    } finally {
      System.setErr(before);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evalOfAMissingGoldFolder() {
    String err = stderrOf("eval", dir.resolve("no-such-gold").toString());
    assertTrue(err.startsWith("casus eval: no such file or folder: "), err);
    assertFalse(err.contains("\tat "), "no stack trace: " + err);
  }

  @Test
  void benchOfAMissingGoldFolder() {
    String err = stderrOf("bench", "--gold", dir.resolve("no-such-gold").toString());
    assertTrue(err.startsWith("casus bench: no such file or folder: "), err);
  }

  @Test
  void evalOfAFileWhereAFolderIsExpected() throws Exception {
    Path file = Files.writeString(dir.resolve("gold.txt"), "not a folder");
    String err = stderrOf("eval", file.toString());
    assertTrue(err.startsWith("casus eval: not a folder: "), err);
  }

  @Test
  void badGoldIsNamedWithItsFile() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("broken.json"), "{\"id\": ");
    String err = stderrOf("eval", gold.toString());
    assertTrue(err.startsWith("casus eval: ") && err.contains("broken.json"), err);
  }
}
