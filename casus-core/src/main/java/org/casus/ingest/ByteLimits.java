package org.casus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reading at most so many bytes, so that no input can fill the heap (a 100 MB file, a gzip bomb). */
final class ByteLimits {
  private ByteLimits() {}

  /** Bytes over the limit: the document is refused, its neighbours are read. */
  static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("too large: over " + limit + " bytes");
    }
  }

  /** All the bytes of a stream, or {@link TooLargeException} past {@code limit}. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        throw new TooLargeException(limit);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The gunzipped bytes of a stream; a truncated or corrupt gzip is an IOException that says so. */
  static byte[] gunzipAtMost(InputStream in, long limit) throws IOException {
    try (GZIPInputStream gz = new GZIPInputStream(in, 64 * 1024)) {
      return readAtMost(gz, limit);
    } catch (EOFException e) {
      throw new IOException("truncated gzip: unexpected end of the compressed data", e);
    } catch (ZipException e) {
      throw new IOException("corrupt gzip: " + e.getMessage(), e);
    }
  }

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }
}
