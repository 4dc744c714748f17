package org.casus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.casus.model.AnnotatedText;
import org.casus.model.Block;
import org.casus.model.CleanText;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Annotates with Stanford CoreNLP in two passes: a cheap one (tokens and sentences) over every
 * extractable block, and a full one (POS, entities, UD dependencies) over the sentences that the
 * selection lets through. Both CoreNLP pipelines are built once, here; they are thread-safe.
 */
public final class CoreNlpAnnotator {
  private final Language language;
  private final StanfordCoreNLP cheap;
  private final StanfordCoreNLP full;
  private final Lemmatizer lemmatizer;

  private CoreNlpAnnotator(Language language, StanfordCoreNLP cheap, StanfordCoreNLP full, Lemmatizer lemmatizer) {
    this.language = language;
    this.cheap = cheap;
    this.full = full;
    this.lemmatizer = lemmatizer;
  }

  /** Builds the pipelines of one language from {@code nlp/corenlp-<lang>.properties}. */
  public static CoreNlpAnnotator load(Language language, Lemmatizer lemmatizer) {
    Properties base = properties("nlp/corenlp-" + language.code() + ".properties");
    Properties cheapProps = new Properties();
    cheapProps.putAll(base);
    cheapProps.setProperty("annotators", base.getProperty("cheap.annotators"));
    Properties fullProps = new Properties();
    fullProps.putAll(base);
    fullProps.setProperty("annotators", base.getProperty("full.annotators"));
    // The full pass re-reads one sentence of the cheap pass at a time.
    fullProps.setProperty("ssplit.isOneSentence", "true");
    return new CoreNlpAnnotator(language, new StanfordCoreNLP(cheapProps), new StanfordCoreNLP(fullProps), lemmatizer);
  }

  private static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = CoreNlpAnnotator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing NLP configuration " + resource);
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  public Language language() {
    return language;
  }

  /**
   * Annotates the extractable blocks of a text; sentences for which {@code select} is false keep
   * their tokens only ({@link Sentence#parsed()} false).
   */
  public AnnotatedText annotate(CleanText text, Predicate<Sentence> select) {
    List<Sentence> raw = tokenize(text);
    boolean[] chosen = new boolean[raw.size()];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = select.test(raw.get(i));
    }
    return annotate(text, raw, chosen);
  }

  /**
   * Annotates the extractable blocks of a text; the selector sees every sentence of the cheap pass
   * at once, so that it can add a selected sentence's context.
   */
  public AnnotatedText annotate(CleanText text, SentenceSelector selector) {
    List<Sentence> raw = tokenize(text);
    return annotate(text, raw, selector.select(text.text(), raw));
  }

  private AnnotatedText annotate(CleanText text, List<Sentence> raw, boolean[] chosen) {
    List<Sentence> sentences = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      sentences.add(chosen[i] ? parse(text.text(), raw.get(i)) : raw.get(i));
    }
    return new AnnotatedText(text, language, sentences);
  }

  /** The cheap pass over every extractable block: sentences with tokens and dictionary lemmas. */
  public List<Sentence> tokenize(CleanText text) {
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : text.extractable()) {
      String blockText = block.span().of(text.text());
      sentences.addAll(split(blockText, block.span().start(), sentences.size()));
    }
    return sentences;
  }

  /**
   * CoreNLP's cheap annotators alone over the extractable blocks, nothing of casus's own: the floor
   * that the benchmark measures against. Returns the number of sentences.
   */
  public int splitOnly(CleanText text) {
    int sentences = 0;
    for (Block block : text.extractable()) {
      Annotation doc = new Annotation(block.span().of(text.text()));
      cheap.annotate(doc);
      sentences += doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
    return sentences;
  }

  /** The lemmatiser of the cheap pass (the selector tries every lemma a form may have). */
  public Lemmatizer lemmatizer() {
    return lemmatizer;
  }

  /** The cheap pass: sentences with tokens, offsets shifted to the cleaned text. */
  List<Sentence> split(String blockText, int offset, int firstIndex) {
    Annotation doc = new Annotation(blockText);
    cheap.annotate(doc);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel l : labels) {
        tokens.add(new Token(tokens.size(), l.word(), lemmatizer.lemma(l.word(), "X"), "", -1, "", "",
            spanOf(l, offset)));
      }
      Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
      if (!out.isEmpty() && continuesPrevious(tokens.get(0))) {
        Sentence prev = out.remove(out.size() - 1);
        List<Token> merged = new ArrayList<>(prev.tokens());
        for (Token t : tokens) {
          merged.add(new Token(merged.size(), t.word(), t.lemma(), t.upos(), t.head(), t.deprel(), t.ner(), t.span()));
        }
        out.add(new Sentence(prev.index(), prev.span().union(span), merged, false));
      } else {
        out.add(new Sentence(firstIndex + out.size(), span, tokens, false));
      }
    }
    return out;
  }

  /**
   * A "sentence" that starts with a comma or a lower-case word is the rest of the previous one,
   * cut by a stray full stop (scraped pages are full of them: "(IFV). , trois obusiers").
   */
  private static boolean continuesPrevious(Token first) {
    String w = first.word();
    if (w.isEmpty()) {
      return false;
    }
    int c = w.codePointAt(0);
    return Character.isLowerCase(c) || w.equals(",") || w.equals(";");
  }

  /** The full pass on one sentence. */
  Sentence parse(String cleanText, Sentence raw) {
    String sentenceText = raw.span().of(cleanText);
    Annotation doc = new Annotation(sentenceText);
    full.annotate(doc);
    List<CoreLabel> labels = new ArrayList<>();
    List<SemanticGraph> graphs = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      labels.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
      graphs.add(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    }
    int n = labels.size();
    int[] heads = new int[n];
    String[] rels = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "dep");
    int base = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          rels[base + root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
          int dep = base + e.getDependent().index() - 1;
          heads[dep] = base + e.getGovernor().index() - 1;
          rels[dep] = e.getRelation().toString();
        }
      }
      base += size;
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      String upos = l.tag() == null ? "X" : l.tag();
      String lemma = l.lemma() != null && language != Language.FR ? l.lemma().toLowerCase(java.util.Locale.ROOT)
          : lemmatizer.lemma(l.word(), upos);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.word(), lemma, universal(upos), heads[i], rels[i], ner,
          spanOf(l, raw.span().start())));
    }
    return new Sentence(raw.index(), raw.span(), tokens, true);
  }

  private static Span spanOf(CoreLabel l, int offset) {
    return new Span(offset + l.beginPosition(), offset + l.endPosition());
  }

  /** English CoreNLP tags are Penn Treebank; casus rules read UD parts of speech. */
  private String universal(String tag) {
    return language == Language.FR ? tag : PennToUniversal.map(tag);
  }
}
