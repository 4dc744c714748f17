package org.casus.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.GZIPInputStream;

/**
 * Runs {@link HtmlArticleExtractor} over the peer article-extraction benchmark (pages in
 * {@code html/<key>.html.gz}, true bodies in {@code ground-truth.json}) and scores it by the
 * benchmark's own measure.
 *
 * <p>Usage: {@code PeerBenchmark [peer-folder] [--page KEY]}; the folder defaults to
 * {@code ../shared/peer/article-extraction}. With {@code --page} it prints that page's predicted
 * and true bodies, to look at an error.
 */
public final class PeerBenchmark {
  private static final int WORST_SHOWN = 10;

  /** One page's outcome. */
  public record PageResult(String key, String url, ShingleScore score) {}

  /** Mean precision and recall over the pages, their harmonic mean, and every page's result. */
  public record Result(double precision, double recall, double f1, List<PageResult> pages) {
    public Result {
      pages = List.copyOf(pages);
    }

    public List<PageResult> worst(int n) {
      return pages.stream()
          .sorted(Comparator.comparingDouble((PageResult p) -> p.score().f1()))
          .limit(n)
          .toList();
    }
  }

  private final HtmlArticleExtractor extractor;

  public PeerBenchmark(HtmlArticleExtractor extractor) {
    this.extractor = extractor;
  }

  public Result score(Path peerFolder) {
    List<PageResult> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> truth : groundTruth(peerFolder)) {
      String key = truth.getKey();
      String expected = truth.getValue().path("articleBody").asText("");
      String url = truth.getValue().path("url").asText("");
      pages.add(new PageResult(key, url, ShingleScore.of(expected, predict(peerFolder, key, url))));
    }
    return summarise(pages);
  }

  static Result summarise(List<PageResult> pages) {
    double precision = mean(pages.stream().map(p -> p.score().precision()).toList());
    double recall = mean(pages.stream().map(p -> p.score().recall()).toList());
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Result(precision, recall, f1, pages);
  }

  private static double mean(List<OptionalDouble> values) {
    return values.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
        .average().orElse(0);
  }

  String predict(Path peerFolder, String key, String url) {
    try {
      return extractor.extract(readPage(peerFolder, key), Optional.of(url)).bodyText();
    } catch (NotHtmlException e) {
      return "";
    }
  }

  private static String readPage(Path peerFolder, String key) {
    Path file = peerFolder.resolve("html").resolve(key + ".html.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> groundTruth(Path peerFolder) {
    try {
      JsonNode root = new ObjectMapper().readTree(peerFolder.resolve("ground-truth.json").toFile());
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        entries.add(it.next());
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ground truth in " + peerFolder, e);
    }
  }

  public static void main(String[] args) {
    Path folder = Path.of("../shared/peer/article-extraction");
    Optional<String> page = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--page") && i + 1 < args.length) {
        page = Optional.of(args[++i]);
      } else {
        folder = Path.of(args[i]);
      }
    }
    PeerBenchmark benchmark = new PeerBenchmark(new HtmlArticleExtractor());
    if (page.isPresent()) {
      benchmark.showPage(folder, page.get());
      return;
    }
    long started = System.nanoTime();
    Result result = benchmark.score(folder);
    System.out.printf("pages=%d precision=%.3f recall=%.3f F1=%.3f (%.1f s)%n",
        result.pages().size(), result.precision(), result.recall(), result.f1(),
        (System.nanoTime() - started) / 1e9);
    System.out.println("worst pages:");
    for (PageResult worst : result.worst(WORST_SHOWN)) {
      System.out.printf("  %s F1=%.3f P=%.3f R=%.3f %s%n", worst.key(), worst.score().f1(),
          worst.score().precision().orElse(0), worst.score().recall().orElse(0), worst.url());
    }
  }

  private void showPage(Path folder, String key) {
    for (Map.Entry<String, JsonNode> truth : groundTruth(folder)) {
      if (truth.getKey().equals(key)) {
        String url = truth.getValue().path("url").asText("");
        String predicted = predict(folder, key, url);
        System.out.println("=== predicted\n" + predicted);
        System.out.println("=== true\n" + truth.getValue().path("articleBody").asText(""));
        System.out.println("=== " + ShingleScore.of(truth.getValue().path("articleBody").asText(""),
            predicted));
      }
    }
  }
}
