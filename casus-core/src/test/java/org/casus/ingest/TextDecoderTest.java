package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String FR = "Trois civils ont été tués mardi à Ganja, selon le ministère de la Défense « et l’armée ».";
  private static final String RU = "Во вторник трое мирных жителей погибли, когда снаряд попал в рынок на севере города.";

  private static byte[] bytes(String s, String charset) {
    return s.getBytes(Charset.forName(charset));
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutMark() throws Exception {
    assertEquals(FR, TextDecoder.decode(bytes(FR, "UTF-8")));
    assertEquals(FR, TextDecoder.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(FR, "UTF-8"))));
  }

  @Test
  void utf16WithMarkBothOrders() throws Exception {
    assertEquals(FR, TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(FR, "UTF-16LE"))));
    assertEquals(FR, TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes(FR, "UTF-16BE"))));
  }

  @Test
  void utf16WithoutMarkIsToldByItsZeroBytes() throws Exception {
    assertEquals(FR, TextDecoder.decode(bytes(FR, "UTF-16LE")));
    assertEquals(FR, TextDecoder.decode(bytes(FR, "UTF-16BE")));
  }

  @Test
  void windows1252AndLatin1AreDetected() throws Exception {
    assertEquals(FR, TextDecoder.decode(bytes(FR, "windows-1252")));
    String latin = "Trois civils ont été tués mardi à Ganja, selon le ministère de la Défense.";
    assertEquals(latin, TextDecoder.decode(bytes(latin, "ISO-8859-1")));
  }

  @Test
  void cyrillicSingleByteEncodingsAreDetected() throws Exception {
    assertEquals(RU, TextDecoder.decode(bytes(RU, "windows-1251")));
    assertEquals(RU, TextDecoder.decode(bytes(RU, "KOI8-R")));
  }

  @Test
  void aDeclaredCharsetIsFollowed() throws Exception {
    String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RU + "</p></body></html>";
    assertEquals(html, TextDecoder.decode(bytes(html, "windows-1251")));
    String xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss><title>" + RU + "</title></rss>";
    assertEquals(xml, TextDecoder.decode(bytes(xml, "KOI8-R")));
    TextDecoder.Decoded viaHeader = TextDecoder.decode(bytes(RU, "KOI8-R"), TextDecoder.charsetOfContentType("text/plain; charset=koi8-r"));
    assertEquals(RU, viaHeader.text());
    assertEquals("declared", viaHeader.how());
  }

  @Test
  void aPageDeclaredLatin1ThatIsUtf8IsReadAsUtf8() throws Exception {
    String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>" + FR + "</p>";
    assertEquals(html, TextDecoder.decode(bytes(html, "UTF-8")));
  }

  @Test
  void aBogusDeclarationIsIgnored() throws Exception {
    String html = "<meta charset=\"no-such-charset\"><p>" + FR + "</p>";
    assertEquals(html, TextDecoder.decode(bytes(html, "UTF-8")));
    assertEquals(FR, TextDecoder.decode(bytes(FR, "UTF-8"), Optional.of("utf-8")).text());
  }

  @Test
  void binaryContentIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    assertThrows(TextDecoder.UndecodableException.class, () -> TextDecoder.decode(png));
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertThrows(TextDecoder.UndecodableException.class, () -> TextDecoder.decode(noise));
  }

  @Test
  void emptyBytesAreEmptyText() throws Exception {
    assertEquals("", TextDecoder.decode(new byte[0]));
    assertEquals(StandardCharsets.UTF_8, TextDecoder.decode(new byte[0], Optional.empty()).charset());
  }
}
