package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casus.clean.html.HtmlCleaner;
import org.casus.model.CleanText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of input, and every kind of bad input, each in a file as it comes from the world. */
class DocumentReaderTest {
  private static final String ARTICLE = "Frappe sur Ganja\n\nLes forces arméniennes ont lancé une frappe de missiles sur Ganja, "
      + "faisant au moins 10 morts et 35 blessés, a déclaré le ministère.\n";
  private static final String PAGE = "<!DOCTYPE html><html><head><title>Frappe sur Ganja</title></head><body>"
      + "<nav>Accueil | Monde</nav><article><h1>Frappe sur Ganja</h1><p>Les forces arméniennes ont lancé une frappe "
      + "de missiles sur Ganja, faisant au moins 10 morts et 35 blessés, a déclaré le ministère.</p></article></body></html>";

  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader(InputFormat.AUTO, Optional.of(LocalDate.of(2020, 10, 13)), 1_000_000);

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Inputs read(Path... files) {
    Inputs in = new Inputs();
    for (Path f : files) {
      reader.readFile(f, in::accept);
    }
    return in;
  }

  // --- kinds of input

  @Test
  void aPlainTextFileIsOneDocumentNamedAfterTheFile() throws IOException {
    Inputs in = read(write("article-fr.txt", ARTICLE));
    Document d = in.documents().get(0);
    assertEquals("article-fr", d.id());
    assertEquals(ARTICLE, d.content());
    assertEquals(ContentFormat.TEXT, d.format());
    assertEquals(Optional.of(LocalDate.of(2020, 10, 13)), d.published());
  }

  @Test
  void aDirectoryIsReadRecursivelyInNameOrderWithoutHiddenFiles() throws IOException {
    write("b/second.txt", ARTICLE);
    write("a/deeper/first.txt", ARTICLE);
    write("a/.hidden.txt", ARTICLE);
    Inputs in = new Inputs();
    reader.read(dir.toString(), InputStream.nullInputStream(), in::accept);
    assertEquals(List.of("first", "second"), in.ids());
  }

  @Test
  void anHtmlPageIsHtmlByItsNameOrItsFirstTag() throws IOException {
    Inputs in = read(write("page.html", PAGE), write("page-without-extension", PAGE));
    assertEquals(List.of(ContentFormat.HTML, ContentFormat.HTML), in.documents().stream().map(Document::format).toList());
  }

  @Test
  void jsonLinesGiveADocumentPerLineAndAnErrorPerBadLine() throws IOException {
    Path f = write("batch.jsonl", String.join("\n",
        "{\"id\":\"a1\",\"text\":\"Trois civils ont été tués.\",\"published\":\"2020-10-12T08:00:00Z\",\"url\":\"https://news.example/a1\"}",
        "",
        "{\"html\":\"<p>Une page</p>\",\"url\":\"https://news.example/a2\"}",
        "{not json",
        "{\"id\":\"a4\",\"title\":\"no text\"}") + "\n");
    Inputs in = read(f);
    assertEquals(2, in.documents().size());
    assertEquals(LocalDate.of(2020, 10, 12), in.documents().get(0).published().orElseThrow());
    assertEquals(DocumentIds.hash("https://news.example/a2"), in.documents().get(1).id());
    assertEquals(ContentFormat.HTML, in.documents().get(1).format());
    assertEquals(2, in.errors().size());
    assertTrue(in.errors().get(0).error().startsWith("malformed JSON"));
    assertEquals(f + ":4", in.errors().get(0).source());
  }

  @Test
  void standardInputIsSniffed() {
    Inputs text = new Inputs();
    reader.readStdin(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)), text::accept);
    assertEquals(DocumentIds.hash(ARTICLE), text.documents().get(0).id());
    Inputs jsonl = new Inputs();
    reader.readStdin(new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"Un texte.\"}\n{\"id\":\"y\",\"text\":\"Un autre.\"}\n"
        .getBytes(StandardCharsets.UTF_8)), jsonl::accept);
    assertEquals(List.of("x", "y"), jsonl.ids());
  }

  @Test
  void aGzippedTextFileIsUnpacked() throws IOException {
    Inputs in = read(write("article-fr.txt.gz", WarcFiles.gzip(ARTICLE.getBytes(StandardCharsets.UTF_8))));
    assertEquals("article-fr", in.documents().get(0).id());
    assertEquals(ARTICLE, in.documents().get(0).content());
  }

  @Test
  void filesInOtherEncodingsAreDecoded() throws IOException {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    Inputs in = read(write("utf16.txt", WarcFiles.concat(bom, ARTICLE.getBytes(StandardCharsets.UTF_16LE))),
        write("cp1252.txt", ARTICLE.getBytes(Charset.forName("windows-1252"))));
    assertEquals(List.of(ARTICLE, ARTICLE), in.documents().stream().map(Document::content).toList());
  }

  // --- WARC

  private byte[] crawl(boolean gzipped) {
    byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
    return WarcFiles.file(gzipped,
        WarcFiles.warcinfo(),
        WarcFiles.request("https://news.example/ganja"),
        WarcFiles.response("https://news.example/ganja", 200, "text/html; charset=utf-8", html, false),
        WarcFiles.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, false),
        WarcFiles.response("https://news.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), false),
        WarcFiles.response("https://news.example/zipped", 200, "text/html", html, true),
        WarcFiles.resource("https://news.example/notes.txt", "text/plain; charset=windows-1252", ARTICLE.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void aWarcGivesADocumentPerHtmlOrTextCapture() throws IOException {
    for (boolean gzipped : new boolean[] {false, true}) {
      Inputs in = read(write(gzipped ? "crawl.warc.gz" : "crawl.warc", crawl(gzipped)));
      assertEquals(List.of(), in.errors());
      List<Document> docs = in.documents();
      assertEquals(List.of("https://news.example/ganja", "https://news.example/zipped", "https://news.example/notes.txt"),
          docs.stream().map(d -> d.url().orElseThrow()).toList());
      assertEquals(PAGE, docs.get(0).content());
      assertEquals(PAGE, docs.get(1).content(), "gzip content encoding undone");
      assertEquals(ARTICLE, docs.get(2).content());
      assertEquals(List.of(ContentFormat.HTML, ContentFormat.HTML, ContentFormat.TEXT), docs.stream().map(Document::format).toList());
      assertEquals(DocumentIds.hash("https://news.example/ganja"), docs.get(0).id());
    }
  }

  @Test
  void reIngestingGivesTheSameIds() throws IOException {
    Path warc = write("crawl.warc.gz", crawl(true));
    Path text = write("article-fr.txt", ARTICLE);
    assertEquals(read(warc, text).ids(), read(warc, text).ids());
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheCutAndSaysWhere() throws IOException {
    byte[] whole = crawl(true);
    Inputs in = read(write("cut.warc.gz", Arrays.copyOf(whole, whole.length - 200)));
    assertEquals(2, in.documents().size());
    assertEquals(1, in.errors().size());
    assertTrue(in.errors().get(0).error().contains("WARC cut short or corrupt"), in.errors().get(0).error());
  }

  // --- feeds

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>News example</title><link>https://news.example/</link><description>World news</description>
          <item>
            <title>Frappe sur Ganja</title>
            <link>https://news.example/ganja</link>
            <guid>https://news.example/ganja</guid>
            <pubDate>Tue, 13 Oct 2020 09:30:00 GMT</pubDate>
            <description>Résumé court.</description>
            <content:encoded><![CDATA[<p>Les forces arméniennes ont lancé une frappe sur Ganja.</p><p>Au moins 10 morts.</p>]]></content:encoded>
          </item>
          <item>
            <title>Cessez-le-feu à Moscou</title>
            <link>https://news.example/moscou</link>
            <pubDate>Sat, 10 Oct 2020 18:00:00 GMT</pubDate>
            <description>&lt;p&gt;L'Azerbaïdjan et l'Arménie ont convenu d'un cessez-le-feu humanitaire.&lt;/p&gt;</description>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Conflict wire</title><id>urn:example:wire</id><updated>2020-10-14T00:00:00Z</updated>
        <entry>
          <title>Shelling in Tartar</title>
          <link href="https://wire.example/tartar"/>
          <id>urn:example:wire:1</id>
          <updated>2020-10-14T06:00:00Z</updated>
          <summary>Two civilians were killed by shelling in Tartar, officials said.</summary>
        </entry>
      </feed>
      """;

  @Test
  void anRssFeedGivesADocumentPerItemWithItsDateLinkAndSource() throws IOException {
    Path f = write("news.rss", RSS);
    List<Document> docs = read(f).documents();
    assertEquals(2, docs.size());
    Document first = docs.get(0);
    assertEquals(DocumentIds.hash("https://news.example/ganja"), first.id());
    assertEquals(Optional.of("https://news.example/ganja"), first.url());
    assertEquals(Optional.of(LocalDate.of(2020, 10, 13)), first.published());
    assertEquals(f.toString(), first.source());
    assertEquals("Frappe sur Ganja\n\nLes forces arméniennes ont lancé une frappe sur Ganja.\n\nAu moins 10 morts.", first.content());
    assertEquals("Cessez-le-feu à Moscou\n\nL'Azerbaïdjan et l'Arménie ont convenu d'un cessez-le-feu humanitaire.", docs.get(1).content());
  }

  @Test
  void anAtomFeedInAnXmlFileIsToldByItsRoot() throws IOException {
    List<Document> docs = read(write("wire.xml", ATOM)).documents();
    assertEquals(1, docs.size());
    assertEquals(Optional.of("https://wire.example/tartar"), docs.get(0).url());
    assertEquals(Optional.of(LocalDate.of(2020, 10, 14)), docs.get(0).published());
    assertTrue(docs.get(0).content().startsWith("Shelling in Tartar\n\nTwo civilians"));
  }

  @Test
  void aBrokenFeedIsAnErrorRecord() throws IOException {
    Inputs in = read(write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut"));
    assertEquals(1, in.errors().size());
    assertTrue(in.errors().get(0).error().startsWith("not a readable RSS or Atom feed"));
  }

  // --- bad input

  @Test
  void anEmptyFileIsAnErrorRecord() throws IOException {
    Inputs in = read(write("empty.txt", new byte[0]), write("blank.txt", "  \n\n "));
    assertEquals(List.of("empty document", "empty document"), in.errors().stream().map(IngestResult.Unreadable::error).toList());
  }

  @Test
  void aBinaryFileIsAnErrorRecord() throws IOException {
    byte[] jpeg = new byte[3000];
    new java.util.Random(1).nextBytes(jpeg);
    jpeg[0] = (byte) 0xFF;
    jpeg[1] = (byte) 0xD8;
    Inputs in = read(write("photo.txt", jpeg));
    assertEquals("binary content, not text", in.errors().get(0).error());
    assertEquals("photo", in.errors().get(0).id());
  }

  @Test
  void aTruncatedGzipIsAnErrorRecord() throws IOException {
    byte[] gz = WarcFiles.gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Inputs in = read(write("cut.txt.gz", Arrays.copyOf(gz, gz.length / 2)));
    assertTrue(in.errors().get(0).error().contains("truncated gzip"), in.errors().get(0).error());
  }

  @Test
  void aHundredMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    Inputs in = new Inputs();
    new DocumentReader(InputFormat.AUTO, Optional.empty(), 20_000_000).readFile(big, in::accept);
    assertTrue(in.errors().get(0).error().startsWith("too large: 104857600 bytes"), in.errors().get(0).error());
  }

  @Test
  void theSizeLimitIsConfigurableAndHoldsInsideGzipAndJsonLines() throws IOException {
    DocumentReader small = new DocumentReader(InputFormat.AUTO, Optional.empty(), 1000);
    Inputs in = new Inputs();
    small.readFile(write("long.txt", ARTICLE.repeat(20)), in::accept);
    small.readFile(write("bomb.txt.gz", WarcFiles.gzip(new byte[10_000_000])), in::accept);
    small.readFile(write("lines.jsonl", "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}\n{\"id\":\"ok\",\"text\":\"Un texte.\"}\n"), in::accept);
    assertEquals(List.of("ok"), in.documents().stream().map(Document::id).toList());
    assertEquals(3, in.errors().size());
    in.errors().forEach(e -> assertTrue(e.error().startsWith("too large"), e.error()));
  }

  @Test
  void htmlNestedThousandsDeepIsReadAndCleanedWithoutOverflow() throws IOException {
    String deep = "<html><body>" + "<div>".repeat(5_000) + "<p>Les forces arméniennes ont lancé une frappe sur Ganja, "
        + "faisant au moins 10 morts et 35 blessés, a déclaré le ministère de la Défense.</p>" + "</div>".repeat(5_000) + "</body></html>";
    Document d = read(write("deep.html", deep)).documents().get(0);
    CleanText clean = new HtmlCleaner().clean(d);
    assertTrue(clean.text().contains("au moins 10 morts"));
  }

  @Test
  void aMissingFileIsAnErrorRecord() {
    Inputs in = read(dir.resolve("nowhere.txt"));
    assertEquals("no such file", in.errors().get(0).error());
  }

  @Test
  void aContainerWithNoDocumentIsAnErrorRecord() throws IOException {
    Inputs in = read(write("nothing.jsonl", "\n\n"), write("only-images.warc",
        WarcFiles.file(false, WarcFiles.response("https://news.example/a.png", 200, "image/png", new byte[] {1, 2}, false))));
    assertEquals(2, in.errors().size());
    assertTrue(in.errors().get(1).error().startsWith("no documents in this warc input"));
  }

  private interface InputStream {
    static java.io.InputStream nullInputStream() {
      return java.io.InputStream.nullInputStream();
    }
  }
}
