package org.casus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a tab-separated lexicon from the class path: one entry a line, '#' starts a comment line,
 * blank lines are skipped, missing trailing columns read as empty strings.
 */
public final class TsvResource {
  private TsvResource() {}

  /** The rows of a resource, each padded to {@code columns} cells; a missing resource is an error. */
  public static List<String[]> read(String resource, int columns) {
    InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource not found: " + resource);
    }
    return read(in, resource, columns);
  }

  /** The rows of a resource, or none when the language has no such file yet. */
  public static List<String[]> readOptional(String resource, int columns) {
    InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
    return in == null ? List.of() : read(in, resource, columns);
  }

  private static List<String[]> read(InputStream in, String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String[] row = Arrays.copyOf(cells, Math.max(columns, cells.length));
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i] == null ? "" : row[i].strip();
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    return List.copyOf(rows);
  }
}
