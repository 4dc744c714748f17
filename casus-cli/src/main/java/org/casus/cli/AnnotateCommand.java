package org.casus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.lang.FunctionWordIdentifier;
import org.casus.lang.LinguaIdentifier;
import org.casus.model.AnnotatedText;
import org.casus.model.Block;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Token;
import org.casus.nlp.MultilingualAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** casus annotate: the cleaned blocks and the CoNLL-U-like annotation of a text, for debugging rules. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Prints the blocks of a text (content or boilerplate) and its sentences in a CoNLL-U-like form.")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A plain-text file, or '-' for standard input.")
  String file;

  @Option(names = "--lang", description = "fr or en; identified when absent.")
  String lang;

  @Override
  public Integer call() throws Exception {
    byte[] bytes = file.equals("-") ? System.in.readAllBytes() : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
    String text = org.casus.ingest.TextDecoder.decode(bytes);
    CleanText clean = new PlainTextCleaner(BoilerplatePatterns.load())
        .clean(Document.text("input", file, text, Optional.empty()));
    Optional<Language> language = lang != null ? Language.fromCode(lang) : FunctionWordIdentifier.before(LinguaIdentifier.load()).supported(clean);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Block b : clean.blocks()) {
      String s = b.span().of(clean.text());
      out.printf("# block %s [%d-%d] %s%s%n", b.kind(), b.span().start(), b.span().end(),
          s.length() > 60 ? s.substring(0, 60) + "…" : s, b.reason().isEmpty() ? "" : "  (" + b.reason() + ")");
    }
    if (language.isEmpty()) {
      out.println("# unsupported language");
      return Casus.SOME_FAILED;
    }
    AnnotatedText annotated = MultilingualAnnotator.coreNlp(x -> true).annotate(clean, language.get());
    for (Sentence s : annotated.sentences()) {
      out.printf("%n# sentence %d [%d-%d] %s%n", s.index(), s.span().start(), s.span().end(), s.span().of(clean.text()));
      for (Token t : s.tokens()) {
        out.printf("%d\t%s\t%s\t%s\t%d\t%s\t%s%n", t.index() + 1, t.word(), t.lemma(), t.upos(), t.head() + 1, t.deprel(), t.ner());
      }
    }
    return 0;
  }
}
