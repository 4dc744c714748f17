package org.casus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** WARC records written byte by byte, as crawlers write them, for tests. */
final class WarcFiles {
  private WarcFiles() {}

  static byte[] warcinfo() {
    byte[] block = "software: casus-test\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.UTF_8);
    return record("warcinfo", null, "application/warc-fields", block);
  }

  static byte[] request(String url) {
    byte[] block = ("GET " + url.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: news.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return record("request", url, "application/http; msgtype=request", block);
  }

  static byte[] response(String url, int status, String contentType, byte[] body, boolean gzipBody) {
    byte[] payload = gzipBody ? gzip(body) : body;
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + (gzipBody ? "Content-Encoding: gzip\r\n" : "")
        + "Content-Length: " + payload.length + "\r\n\r\n";
    return record("response", url, "application/http; msgtype=response", concat(head.getBytes(StandardCharsets.US_ASCII), payload));
  }

  static byte[] resource(String url, String contentType, byte[] body) {
    return record("resource", url, contentType, body);
  }

  private static byte[] record(String type, String url, String contentType, byte[] block) {
    String header = "WARC/1.1\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes((type + url).getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2020-10-13T10:15:00Z\r\n"
        + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Records one after another, each its own gzip member when {@code gzipped}, as .warc.gz files are. */
  static byte[] file(boolean gzipped, byte[]... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      out.writeBytes(gzipped ? gzip(r) : r);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
