package org.casus.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.casus.model.OffsetMap;

/**
 * Repairs a decoded text without losing its offsets: UTF-8 that was read as Windows-1252 or
 * Latin-1 ("Ã©" for "é") where the bytes leave no doubt, and Unicode normalised to NFC (an "e"
 * followed by a combining accent becomes "é"). Each change is an anchor of the returned
 * {@link OffsetMap}, so every offset of the repaired text maps back to the text as it was read.
 * Stateless and thread-safe.
 */
public final class TextRepair {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextRepair() {}

  /**
   * @param text the repaired text
   * @param offsets from offsets of {@code text} to offsets of the text as read
   * @param mojibake how many mis-decoded characters were repaired
   */
  public record Repaired(String text, OffsetMap offsets, int mojibake) {}

  public static Repaired repair(String raw) {
    boolean mojibake = mojibakeSequences(raw) >= MIN_EVIDENCE;
    if (!mojibake && Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
      return new Repaired(raw, OffsetMap.identity(), 0);
    }
    StringBuilder out = new StringBuilder(raw.length());
    Anchors anchors = new Anchors();
    int repaired = 0;
    int i = 0;
    while (i < raw.length()) {
      int mojibakeLength = mojibake ? mojibakeAt(raw, i) : 0;
      if (mojibakeLength > 0) {
        anchors.add(out.length(), i);
        out.append(decodeMojibake(raw, i, mojibakeLength));
        i += mojibakeLength;
        anchors.add(out.length(), i);
        repaired++;
        continue;
      }
      int end = clusterEnd(raw, i);
      String cluster = raw.substring(i, end);
      String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
      if (nfc.equals(cluster)) {
        out.append(cluster);
      } else {
        anchors.add(out.length(), i);
        out.append(nfc);
        anchors.add(out.length(), end);
      }
      i = end;
    }
    return new Repaired(out.toString(), anchors.map(), repaired);
  }

  /** A base character and the combining marks that follow it: the unit NFC composes. */
  private static int clusterEnd(String s, int start) {
    int i = start + Character.charCount(s.codePointAt(start));
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /**
   * How many mis-decoded sequences a text holds. A text is repaired only from two on: one
   * sequence alone may be a legitimate pair ("É" then a no-break space in a heading in capitals),
   * while a mis-decoded text has one in nearly every line.
   */
  private static int mojibakeSequences(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_EVIDENCE; i++) {
      char c = s.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4' && mojibakeAt(s, i) > 0) {
        n++;
      }
    }
    return n;
  }

  private static final int MIN_EVIDENCE = 2;

  /**
   * The length of the mis-decoded UTF-8 sequence starting at {@code i}, or 0: a lead byte
   * followed by as many continuation bytes as it announces, all read as Windows-1252 (or
   * Latin-1) characters, whose bytes are valid UTF-8 for a letter, a mark, a symbol or
   * punctuation. Legitimate text almost never has such runs ("Ã" then "©"), which is what makes
   * the repair unambiguous.
   */
  private static int mojibakeAt(String s, int i) {
    int lead = byteOf(s.charAt(i));
    int continuations;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuations = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuations = 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuations = 3;
    } else {
      return 0;
    }
    if (i + continuations >= s.length()) {
      return 0;
    }
    for (int k = 1; k <= continuations; k++) {
      int b = byteOf(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    String decoded = decodeMojibake(s, i, continuations + 1);
    if (decoded.isEmpty()) {
      return 0;
    }
    int cp = decoded.codePointAt(0);
    // What mis-decoding produces in practice: letters up to U+07FF (Latin, Greek, Cyrillic, Hebrew,
    // Arabic) and typographic punctuation (’ “ ” – — … €). "é" then a no-break space and "»", in
    // correct French, would decode to a CJK character: not a repair.
    if (cp >= 0x800 && (cp < 0x2000 || cp > 0x214F)) {
      return 0;
    }
    int type = Character.getType(cp);
    boolean meaningful = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
        || type == Character.SPACE_SEPARATOR || type == Character.FORMAT
        || (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_SYMBOL)
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || Character.isDigit(cp);
    return meaningful ? continuations + 1 : 0;
  }

  private static String decodeMojibake(String s, int start, int length) {
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      bytes[k] = (byte) byteOf(s.charAt(start + k));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return "";
    }
  }

  /** The byte a character came from when bytes were read as Windows-1252 or Latin-1; -1 if none. */
  private static int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c <= 0xFF) {
      return c; // Latin-1, and the C1 controls Latin-1 decoding leaves for 0x80-0x9F
    }
    int i = WINDOWS_1252_HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }

  /** What Windows-1252 makes of bytes 0x80-0x9F (U+FFFD where it has nothing). */
  private static final String WINDOWS_1252_HIGH = windows1252High();

  private static String windows1252High() {
    byte[] b = new byte[32];
    for (int k = 0; k < 32; k++) {
      b[k] = (byte) (0x80 + k);
    }
    return new String(b, WINDOWS_1252);
  }

  /** Anchor pairs, kept strictly increasing on the clean side. */
  private static final class Anchors {
    private int[] clean = new int[16];
    private int[] raw = new int[16];
    private int size;

    Anchors() {
      add(0, 0);
    }

    void add(int c, int r) {
      if (size > 0 && clean[size - 1] == c) {
        raw[size - 1] = r;
        return;
      }
      if (size == clean.length) {
        clean = Arrays.copyOf(clean, size * 2);
        raw = Arrays.copyOf(raw, size * 2);
      }
      clean[size] = c;
      raw[size] = r;
      size++;
    }

    OffsetMap map() {
      return OffsetMap.of(Arrays.copyOf(clean, size), Arrays.copyOf(raw, size));
    }
  }
}
