package org.casus.cli;

import java.io.PrintStream;

/** A progress line on standard error: documents done, documents per second, time left. */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private int expected;
  private int done;
  private long lastPrint;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress silent() {
    return new Progress(System.err, false);
  }

  void expect(int n) {
    expected = n;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (enabled && (now - lastPrint > 250_000_000L || done == expected)) {
      lastPrint = now;
      double secs = Math.max(1e-9, (now - startNanos) / 1e9);
      double rate = done / secs;
      StringBuilder line = new StringBuilder("\r");
      if (expected > 0) {
        int width = 30;
        int filled = (int) Math.min(width, Math.round(width * (double) done / expected));
        line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
        line.append(done).append('/').append(expected);
        long eta = rate > 0 ? Math.round((expected - done) / rate) : 0;
        line.append(String.format(" %.1f docs/s ETA %ds ", rate, Math.max(0, eta)));
      } else {
        line.append(done).append(String.format(" docs %.1f docs/s ", rate));
      }
      err.print(line);
      err.flush();
    }
  }

  void done() {
    if (enabled && done > 0) {
      err.println();
    }
  }
}
