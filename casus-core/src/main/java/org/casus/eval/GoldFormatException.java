package org.casus.eval;

import java.nio.file.Path;

/** A gold file that cannot be read as the gold format; the message names the file and the defect. */
public final class GoldFormatException extends RuntimeException {
  private final Path file;

  public GoldFormatException(Path file, String defect, Throwable cause) {
    super(file + ": " + defect, cause);
    this.file = file;
  }

  public GoldFormatException(Path file, String defect) {
    this(file, defect, null);
  }

  public Path file() {
    return file;
  }
}
