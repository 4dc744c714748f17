package org.casus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches a page or a feed the user named by its URL (http or https only), with timeouts and a
 * size limit. The only network access of casus, and only for addresses given as input.
 * Thread-safe: one HTTP client, shared.
 */
public final class PageFetcher {
  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  public PageFetcher(Duration timeout, long maxBytes) {
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /**
   * What a server sent back.
   *
   * @param uri the address after redirects
   * @param contentType the Content-Type header, or "" when absent
   */
  public record Fetched(URI uri, String contentType, byte[] body) {
    public Optional<String> charset() {
      return TextDecoder.charsetOfContentType(contentType);
    }
  }

  /** A URL that gave no page: a refused address, a network error, an HTTP error status. */
  public static final class FetchException extends IOException {
    public FetchException(String message) {
      super(message);
    }
  }

  public static boolean isUrl(String s) {
    String l = s.strip().toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  public Fetched fetch(String url) throws FetchException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a URL: " + url);
    }
    if (!isUrl(url) || uri.getHost() == null) {
      throw new FetchException("not an http(s) URL: " + url);
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "casus/0.1 (+news facts extraction)")
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
        .GET()
        .build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new FetchException("HTTP " + response.statusCode() + " from " + url);
        }
        byte[] bytes = ByteLimits.readAtMost(body, maxBytes);
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Fetched(response.uri(), type, bytes);
      }
    } catch (FetchException e) {
      throw e;
    } catch (ByteLimits.TooLargeException e) {
      throw new FetchException(e.getMessage());
    } catch (IOException e) {
      throw new FetchException("fetch failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while fetching " + url);
    }
  }
}
