package org.casus.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.extract.ExtractionLexicons;
import org.casus.model.AnnotatedText;
import org.casus.model.Document;
import org.casus.model.Language;
import org.casus.nlp.MultilingualAnnotator;
import org.casus.pipeline.Pipeline;
import org.casus.pipeline.StandardPipeline;

/**
 * The expensive resources of the test run, built once and shared by every test class in the JVM
 * (Surefire runs them all in one fork): CoreNLP pipelines take seconds to load.
 */
public final class SharedNlp {
  private static MultilingualAnnotator annotator;
  private static Pipeline pipeline;
  private static ExtractionLexicons lexicons;

  private SharedNlp() {}

  public static synchronized MultilingualAnnotator annotator() {
    if (annotator == null) {
      annotator = MultilingualAnnotator.coreNlp(s -> true);
    }
    return annotator;
  }

  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = StandardPipeline.build(annotator());
    }
    return pipeline;
  }

  public static synchronized ExtractionLexicons lexicons() {
    if (lexicons == null) {
      lexicons = ExtractionLexicons.load();
    }
    return lexicons;
  }

  /** A text annotated as one plain-text document. */
  public static AnnotatedText annotate(String text, Language language) {
    var clean = new PlainTextCleaner(BoilerplatePatterns.load())
        .clean(Document.text("test", "test", text, Optional.empty()));
    return annotator().annotate(clean, language);
  }

  /** The shared folder beside the repository (gold files, the seed article). */
  public static Optional<Path> shared() {
    String prop = System.getProperty("casus.shared");
    for (Path p : new Path[] {prop == null ? null : Path.of(prop), Path.of("../../shared"), Path.of("../shared")}) {
      if (p != null && Files.isDirectory(p.resolve("gold"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
