package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs given by the user: pages, feeds, URL lists, against a server the test starts on 127.0.0.1. */
class UrlInputTest {
  private static final String PAGE = "<html><head><title>Frappe sur Ganja</title></head><body><article><h1>Frappe sur Ganja</h1>"
      + "<p>Les forces arméniennes ont lancé une frappe de missiles sur Ganja, faisant au moins 10 morts.</p></article></body></html>";
  private static HttpServer server;
  private static String base;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve("/ganja.html", 200, "text/html; charset=windows-1252", PAGE.getBytes(Charset.forName("windows-1252")));
    serve("/missing", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // the slow page must not hold up the others
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    String rss = DocumentReaderTest.RSS.replace("https://news.example/ganja", base + "/ganja.html")
        .replace("https://news.example/moscou", base + "/missing");
    serve("/news.rss", 200, "application/rss+xml; charset=utf-8", rss.getBytes(StandardCharsets.UTF_8));
  }

  private static void serve(String path, int status, String type, byte[] body) {
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static DocumentReader reader(boolean followLinks) {
    return new DocumentReader(InputFormat.AUTO, Optional.empty(), 1_000_000, new PageFetcher(Duration.ofSeconds(1), 1_000_000), followLinks);
  }

  @Test
  void aPageUrlIsOneHtmlDocumentInTheCharsetTheServerNames() {
    Inputs in = new Inputs();
    reader(false).read(base + "/ganja.html", java.io.InputStream.nullInputStream(), in::accept);
    Document d = in.documents().get(0);
    assertEquals(PAGE, d.content());
    assertEquals(ContentFormat.HTML, d.format());
    assertEquals(DocumentIds.hash(base + "/ganja.html"), d.id());
    assertEquals(Optional.of(base + "/ganja.html"), d.url());
  }

  @Test
  void aFeedUrlGivesItsItemsAndFollowingTheirLinksGivesTheirPages() {
    Inputs in = new Inputs();
    reader(true).read(base + "/news.rss", java.io.InputStream.nullInputStream(), in::accept);
    assertEquals(1, in.documents().size());
    Document d = in.documents().get(0);
    assertEquals(PAGE, d.content());
    assertEquals(Optional.of(LocalDate.of(2020, 10, 13)), d.published());
    assertEquals(base + "/news.rss", d.source());
    assertEquals("HTTP 404 from " + base + "/missing", in.errors().get(0).error());
  }

  @Test
  void aUrlListFetchesEachLineAndReportsEachFailure() throws IOException {
    Path list = Files.writeString(dir.resolve("today.urls"), "# today's pages\n" + base + "/ganja.html\n\n" + base + "/missing\n" + base + "/slow\n");
    Inputs in = new Inputs();
    reader(false).readFile(list, in::accept);
    assertEquals(1, in.documents().size());
    assertEquals(2, in.errors().size());
    assertTrue(in.errors().get(1).error().startsWith("fetch failed: HttpTimeoutException"), in.errors().get(1).error());
    assertEquals(DocumentIds.hash(base + "/slow"), in.errors().get(1).id());
  }

  @Test
  void aUrlTurnedIntoAPathIsStillFetched() {
    Inputs in = new Inputs();
    reader(false).readFile(Path.of(base + "/ganja.html"), in::accept);
    assertEquals(Optional.of(base + "/ganja.html"), in.documents().get(0).url());
  }

  @Test
  void anAddressThatIsNoHttpUrlIsRefused() {
    Inputs in = new Inputs();
    reader(false).readUrl("http://", in::accept);
    assertEquals(1, in.errors().size());
  }
}
