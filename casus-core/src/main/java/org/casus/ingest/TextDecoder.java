package org.casus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. In order: a byte-order mark; the charset the source declares (an HTTP
 * header, an HTML meta or an XML declaration), unless the bytes cannot be in it; UTF-16 without
 * a mark, told by its zero bytes; strict UTF-8; Mozilla's statistical detector; Windows-1252.
 * Binary content (NUL bytes, many control characters) is refused.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** How far into a page a charset declaration is looked for (HTML puts it in the first 1024 bytes). */
  private static final int DECLARATION_WINDOW = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /** Text and the charset it was read in, with how that charset was chosen. */
  public record Decoded(String text, Charset charset, String how) {}

  public static String decode(byte[] bytes) throws UndecodableException {
    return decode(bytes, Optional.empty()).text();
  }

  /**
   * @param declared a charset the transport declared (an HTTP Content-Type's), tried before the
   *     content's own declaration
   */
  public static Decoded decode(byte[] bytes, Optional<String> declared) throws UndecodableException {
    Optional<Decoded> bom = byBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      return new Decoded(new String(bytes, utf16.get()), utf16.get(), "utf-16 zero bytes");
    }
    if (looksBinary(bytes)) {
      throw new UndecodableException("binary content, not text");
    }
    Optional<Charset> stated = declared.flatMap(TextDecoder::charset).or(() -> declaredIn(bytes));
    if (stated.isPresent()) {
      Optional<String> strict = strict(bytes, stated.get());
      boolean singleByte = stated.get().newEncoder().maxBytesPerChar() == 1.0f;
      // Pages often declare Latin-1 while being UTF-8; text with multi-byte UTF-8 in it is UTF-8.
      if (singleByte && hasMultiByteUtf8(bytes)) {
        return new Decoded(strict(bytes, StandardCharsets.UTF_8).orElseThrow(), StandardCharsets.UTF_8, "utf-8 despite declared " + stated.get());
      }
      if (strict.isPresent()) {
        return new Decoded(strict.get(), stated.get(), "declared");
      }
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, "valid utf-8");
    }
    Optional<Charset> detected = detect(bytes);
    if (detected.isPresent()) {
      return new Decoded(new String(bytes, detected.get()), detected.get(), "detected");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  /** The charset named by an HTTP Content-Type header value ("text/html; charset=ISO-8859-1"). */
  public static Optional<String> charsetOfContentType(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType == null ? "" : contentType);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Decoded> byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom"));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom"));
    }
    return Optional.empty();
  }

  /** ASCII-range text in UTF-16 has a zero byte in every other position, and none in the others. */
  private static Optional<Charset> utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (evenZeros * 10 > pairs * 4 && oddZeros * 50 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (oddZeros * 10 > pairs * 4 && evenZeros * 50 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> declaredIn(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return charset(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? charset(meta.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    try {
      String n = name.trim().toLowerCase(Locale.ROOT);
      // As browsers do: a page that says Latin-1 or ASCII is read as Windows-1252, its superset.
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
        return Optional.of(WINDOWS_1252);
      }
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasMultiByteUtf8(byte[] bytes) {
    boolean high = false;
    for (byte b : bytes) {
      if (b < 0) {
        high = true;
        break;
      }
    }
    return high && strict(bytes, StandardCharsets.UTF_8).isPresent();
  }

  private static Optional<Charset> detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector(null);
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? Optional.empty() : charset(name);
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
