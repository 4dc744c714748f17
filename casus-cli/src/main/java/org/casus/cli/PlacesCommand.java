package org.casus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.ingest.TextDecoder;
import org.casus.lang.FunctionWordIdentifier;
import org.casus.lang.LinguaIdentifier;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.Place;
import org.casus.nlp.MultilingualAnnotator;
import org.casus.pipeline.StandardPipeline;
import org.casus.place.CandidateResolver;
import org.casus.place.CandidateScore;
import org.casus.place.GazetteerEntry;
import org.casus.place.GazetteerIndex;
import org.casus.place.PlaceMention;
import org.casus.place.PlaceRecognizer;
import org.casus.place.PlaceResolution;
import org.casus.place.ResolvedPlace;
import org.casus.place.SentencePlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** casus places: every place a text names, its candidates and the one chosen, for debugging. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = {"Lists each place name recognised in a text with its role, its gazetteer candidates",
        "(scored, best first) and the place chosen; with --facts, each fact's places and the pass that gave them."})
final class PlacesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TEXT|FILE", description = "A text, a plain-text file, or '-' for standard input.")
  String input;

  @Option(names = "--lang", description = "fr or en; identified when absent.")
  String lang;

  @Option(names = "--candidates", paramLabel = "N", description = "Candidates shown per name (default ${DEFAULT-VALUE}).")
  int candidates = 5;

  @Option(names = "--facts", description = "Also run the pipeline and show each fact's places and resolution pass.")
  boolean facts;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date, for --facts.")
  java.time.LocalDate published;

  @Override
  public Integer call() throws Exception {
    String text = readInput();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    GazetteerIndex index = GazetteerIndex.load();
    out.printf("# gazetteer: %d entries, %d names, loaded in %.0f ms%n",
        index.entryCount(), index.nameCount(), (System.nanoTime() - t0) / 1e6);

    CleanText clean = new PlainTextCleaner(BoilerplatePatterns.load())
        .clean(Document.text("input", "input", text, Optional.ofNullable(published)));
    Optional<Language> language = lang != null ? Language.fromCode(lang) : FunctionWordIdentifier.before(LinguaIdentifier.load()).supported(clean);
    if (language.isEmpty()) {
      out.println("# unsupported language");
      return Casus.SOME_FAILED;
    }
    AnnotatedText annotated = MultilingualAnnotator.coreNlp(x -> true).annotate(clean, language.get());
    PlaceRecognizer recognizer = PlaceRecognizer.withAllLexicons(index);
    CandidateResolver resolver = new CandidateResolver(index);
    List<PlaceMention> mentions = recognizer.recognize(annotated);
    PlaceResolution resolution = resolver.resolve(annotated, mentions);

    int sentence = -1;
    for (PlaceMention m : mentions) {
      if (m.sentence() != sentence) {
        sentence = m.sentence();
        String s = annotated.sentences().get(sentence).span().of(annotated.text());
        out.printf("%n# sentence %d: %s%n", sentence, s.length() > 160 ? s.substring(0, 160) + "…" : s);
      }
      out.printf("\"%s\" [%d-%d] %s, %s%s%n", m.name(), m.span().start(), m.span().end(),
          m.source().name().toLowerCase(Locale.ROOT), m.role().name().toLowerCase(Locale.ROOT),
          m.scope().map(s -> ", said to be " + s.precision()).orElse(""));
      Optional<ResolvedPlace> r = resolution.resolved().stream().filter(x -> x.mention().equals(m)).findFirst();
      if (r.isEmpty()) {
        out.println("    unresolved: the gazetteer does not know it and no country stands out");
        continue;
      }
      for (CandidateScore c : r.get().candidates().subList(0, Math.min(candidates, r.get().candidates().size()))) {
        out.printf("    %s %6.2f  %s%n", c.entry().equals(r.get().entry()) ? "*" : " ", c.score(), describe(c.entry()));
      }
      if (r.get().candidates().size() > candidates) {
        out.printf("      ... %d more%n", r.get().candidates().size() - candidates);
      }
      out.printf("    -> %s%n", describe(r.get().place()));
    }

    if (facts) {
      Document d = new Document("input", "input", Optional.empty(), Optional.ofNullable(published), text, ContentFormat.TEXT);
      DocumentResult result = StandardPipeline.build().process(d, Optional.empty());
      if (result instanceof DocumentResult.Extracted x) {
        SentencePlaceResolver.Assignments a = new SentencePlaceResolver(recognizer, resolver).assign(annotated, x.facts());
        out.printf("%n# facts%n");
        for (SentencePlaceResolver.Assignment f : a.assignments()) {
          Fact fact = f.fact();
          out.printf("%-10s %-22s %-40s \"%s\"%n", fact.type(), f.pass().name().toLowerCase(Locale.ROOT),
              f.places().stream().map(Place::name).toList(), fact.evidence().text());
        }
        out.printf("%n# passes: %s%n", a.passCounts());
      } else {
        out.println("# the pipeline failed: " + ((DocumentResult.Failed) result).error());
      }
    }
    return 0;
  }

  private String readInput() throws Exception {
    if (input.equals("-")) {
      return TextDecoder.decode(System.in.readAllBytes());
    }
    Path p = Path.of(input);
    return Files.isRegularFile(p) ? TextDecoder.decode(Files.readAllBytes(p)) : input;
  }

  private static String describe(GazetteerEntry e) {
    return String.format(Locale.ROOT, "%s (%s) %s %s/%s pop %d %.3f,%.3f%s", e.name(), e.id(), e.country(),
        e.featureClass(), e.featureCode(), e.population(), e.lat(), e.lon(),
        e.admin1().isEmpty() ? "" : " in " + e.admin1());
  }

  private static String describe(Place p) {
    return String.format(Locale.ROOT, "%s, %s, %s%s", p.name(), p.country().orElse("?"), p.precision(),
        p.hasCoordinates() ? String.format(Locale.ROOT, " at %.4f,%.4f", p.lat().orElseThrow(), p.lon().orElseThrow()) : "");
  }
}
