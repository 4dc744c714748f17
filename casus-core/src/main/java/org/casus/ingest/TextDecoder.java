package org.casus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a BOM decides UTF-8 or UTF-16; otherwise strict UTF-8, falling back to
 * Windows-1252. Binary content (NUL bytes, many control characters) is refused.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(byte[] bytes) throws UndecodableException {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (looksBinary(bytes)) {
      throw new UndecodableException("binary content, not text");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int control = 0;
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /** Bytes that are not text. */
  public static final class UndecodableException extends Exception {
    public UndecodableException(String message) {
      super(message);
    }
  }
}
