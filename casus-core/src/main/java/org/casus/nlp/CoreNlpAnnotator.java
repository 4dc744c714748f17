package org.casus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * selection lets through.
 *
 * <p>The full pass does not tokenise again: it takes the cheap pass's tokens (after mwt), puts
 * every selected sentence of a text into one pre-tokenised {@link Annotation}, and runs only the
 * taggers on it (one CoreNLP call per text, not per sentence); the entity tagger then runs on the
 * sentences that may name something (see {@link #tagEntities}). The dependency parser's model is
 * run by casus's own loop ({@link NndepPredictor}, the same parses, faster) and only the basic
 * UD heads and labels that casus reads are kept: CoreNLP's
 * DependencyParseAnnotator also derives the collapsed, CC-processed, enhanced and enhanced++
 * graphs of every sentence, which cost more than the parse itself. Everything is built once,
 * here, and is thread-safe.
 */
public final class CoreNlpAnnotator {
  private final Language language;
  private final StanfordCoreNLP cheap;
  private final StanfordCoreNLP taggers;
  /** The entity tagger, run after the others on the sentences that may name something; null if none. */
  private final StanfordCoreNLP entities;
  private final DependencyParser parser;
  /** The prediction loop casus runs over the parser's model; empty to run CoreNLP's own. */
  private final Optional<NndepPredictor> predictor;
  private final Lemmatizer lemmatizer;
  /** The configuration of the stock pipeline that the benchmark's naive reference runs. */
  private final Properties stockProperties;
  private volatile StanfordCoreNLP stock;

  private CoreNlpAnnotator(Language language, StanfordCoreNLP cheap, StanfordCoreNLP taggers,
      StanfordCoreNLP entities, DependencyParser parser, Lemmatizer lemmatizer, Properties stockProperties) {
    this.language = language;
    this.cheap = cheap;
    this.taggers = taggers;
    this.entities = entities;
    this.parser = parser;
    this.predictor = parser == null ? Optional.empty() : Optional.of(new NndepPredictor(parser));
    this.lemmatizer = lemmatizer;
    this.stockProperties = stockProperties;
  }

  private CoreNlpAnnotator(CoreNlpAnnotator other, Optional<NndepPredictor> predictor) {
    this.language = other.language;
    this.cheap = other.cheap;
    this.taggers = other.taggers;
    this.entities = other.entities;
    this.parser = other.parser;
    this.predictor = predictor;
    this.lemmatizer = other.lemmatizer;
    this.stockProperties = other.stockProperties;
  }

  /** The same annotator with CoreNLP's own parser loop, against which casus's is checked. */
  CoreNlpAnnotator withStockParser() {
    return new CoreNlpAnnotator(this, Optional.empty());
  }

  /** Builds the pipelines of one language from {@code nlp/corenlp-<lang>.properties}. */
  public static CoreNlpAnnotator load(Language language, Lemmatizer lemmatizer) {
    Properties base = properties("nlp/corenlp-" + language.code() + ".properties");
    Properties cheapProps = new Properties();
    cheapProps.putAll(base);
    cheapProps.setProperty("annotators", base.getProperty("cheap.annotators"));
    // The full pass starts from the cheap pass's tokens: its own annotators without the ones the
    // cheap pass already ran, and the dependency parser outside the pipeline (see the class comment).
    List<String> cheapAnnotators = annotators(base.getProperty("cheap.annotators"));
    List<String> taggerAnnotators = new ArrayList<>();
    boolean depparse = false;
    boolean ner = false;
    for (String a : annotators(base.getProperty("full.annotators"))) {
      if (a.equals("depparse")) {
        depparse = true;
      } else if (a.equals("ner")) {
        ner = true;
      } else if (!cheapAnnotators.contains(a)) {
        taggerAnnotators.add(a);
      }
    }
    Properties taggerProps = new Properties();
    taggerProps.putAll(base);
    taggerProps.setProperty("annotators", String.join(",", taggerAnnotators));
    DependencyParser parser = null;
    if (depparse) {
      Properties parserProps = PropertiesUtils.extractPrefixedProperties(base, "depparse.");
      parser = DependencyParser.loadFromModelFile(
          parserProps.getProperty("model", DependencyParser.DEFAULT_MODEL), parserProps);
    }
    StanfordCoreNLP entities = null;
    if (ner) {
      Properties nerProps = new Properties();
      nerProps.putAll(base);
      nerProps.setProperty("annotators", "ner");
      entities = new StanfordCoreNLP(nerProps, false);
    }
    Properties stockProps = new Properties();
    stockProps.putAll(base);
    stockProps.setProperty("annotators", base.getProperty("full.annotators"));
    return new CoreNlpAnnotator(language, new StanfordCoreNLP(cheapProps),
        new StanfordCoreNLP(taggerProps, false), entities, parser, lemmatizer, stockProps);
  }

  private static List<String> annotators(String list) {
    List<String> out = new ArrayList<>();
    for (String a : list.split(",")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return out;
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
    List<Split> raw = cheapPass(text);
    boolean[] chosen = new boolean[raw.size()];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = select.test(raw.get(i).sentence());
    }
    return annotate(text, raw, chosen);
  }

  /**
   * Annotates the extractable blocks of a text; the selector sees every sentence of the cheap pass
   * at once, so that it can add a selected sentence's context.
   */
  public AnnotatedText annotate(CleanText text, SentenceSelector selector) {
    List<Split> raw = cheapPass(text);
    return annotate(text, raw, selector.select(text.text(), sentencesOf(raw)));
  }

  private AnnotatedText annotate(CleanText text, List<Split> raw, boolean[] chosen) {
    List<Split> selected = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      if (chosen[i]) {
        selected.add(raw.get(i));
      }
    }
    List<Sentence> parsed = parse(text.text(), selected);
    List<Sentence> sentences = new ArrayList<>(raw.size());
    int next = 0;
    for (int i = 0; i < raw.size(); i++) {
      sentences.add(chosen[i] ? parsed.get(next++) : raw.get(i).sentence());
    }
    return new AnnotatedText(text, language, sentences);
  }

  /** The cheap pass over every extractable block: sentences with tokens and dictionary lemmas. */
  public List<Sentence> tokenize(CleanText text) {
    return sentencesOf(cheapPass(text));
  }

  /** A sentence of the cheap pass with CoreNLP's tokens, which the full pass starts from. */
  private record Split(Sentence sentence, List<CoreLabel> labels) {}

  private List<Split> cheapPass(CleanText text) {
    List<Split> sentences = new ArrayList<>();
    for (Block block : text.extractable()) {
      String blockText = block.span().of(text.text());
      sentences.addAll(split(blockText, block.span().start(), sentences.size()));
    }
    return sentences;
  }

  private static List<Sentence> sentencesOf(List<Split> splits) {
    List<Sentence> out = new ArrayList<>(splits.size());
    for (Split s : splits) {
      out.add(s.sentence());
    }
    return out;
  }

  /**
   * CoreNLP's cheap annotators alone over the extractable blocks, nothing of casus's own: the floor
   * that the benchmark measures against. Returns the number of sentences.
   */
  public int splitOnly(CleanText text) {
    return sentencesAnnotated(cheap, text);
  }

  /**
   * The naive way, the benchmark's reference: CoreNLP's own pipeline with every annotator of the
   * full pass and the same models, run on each extractable block as it comes (tokenising it again,
   * tagging and parsing every sentence, building every dependency graph). Built on first call,
   * which only the benchmark makes. Returns the number of sentences.
   */
  public int stockAnnotation(CleanText text) {
    StanfordCoreNLP pipeline = stock;
    if (pipeline == null) {
      synchronized (this) {
        if (stock == null) {
          stock = new StanfordCoreNLP(stockProperties);
        }
        pipeline = stock;
      }
    }
    return sentencesAnnotated(pipeline, text);
  }

  /** Runs a CoreNLP pipeline on each extractable block as it comes; returns the number of sentences. */
  private static int sentencesAnnotated(StanfordCoreNLP pipeline, CleanText text) {
    int sentences = 0;
    for (Block block : text.extractable()) {
      Annotation doc = new Annotation(block.span().of(text.text()));
      pipeline.annotate(doc);
      sentences += doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
    return sentences;
  }

  /** The lemmatiser of the cheap pass (the selector tries every lemma a form may have). */
  public Lemmatizer lemmatizer() {
    return lemmatizer;
  }

  /**
   * The cheap pass over one block: sentences with tokens, offsets shifted to the cleaned text,
   * each with CoreNLP's tokens. (Named "split" for the benchmark's stage sampler.)
   */
  private List<Split> split(String blockText, int offset, int firstIndex) {
    Annotation doc = new Annotation(blockText);
    cheap.annotate(doc);
    List<Split> out = new ArrayList<>();
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
        Split prev = out.remove(out.size() - 1);
        List<Token> merged = new ArrayList<>(prev.sentence().tokens());
        for (Token t : tokens) {
          merged.add(new Token(merged.size(), t.word(), t.lemma(), t.upos(), t.head(), t.deprel(), t.ner(), t.span()));
        }
        List<CoreLabel> mergedLabels = new ArrayList<>(prev.labels());
        mergedLabels.addAll(labels);
        out.add(new Split(new Sentence(prev.sentence().index(), prev.sentence().span().union(span), merged, false),
            mergedLabels));
      } else {
        out.add(new Split(new Sentence(firstIndex + out.size(), span, tokens, false), labels));
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

  /**
   * The full pass over the selected sentences of a text, in one pre-tokenised document: copies of
   * the cheap pass's tokens, offsets in the cleaned text, one CoreNLP sentence per casus sentence.
   */
  List<Sentence> parse(String cleanText, List<Split> selected) {
    if (selected.isEmpty()) {
      return List.of();
    }
    List<CoreMap> coreSentences = new ArrayList<>(selected.size());
    List<CoreLabel> allLabels = new ArrayList<>();
    for (Split split : selected) {
      Sentence raw = split.sentence();
      List<CoreLabel> labels = new ArrayList<>(split.labels().size());
      for (int i = 0; i < split.labels().size(); i++) {
        CoreLabel l = new CoreLabel(split.labels().get(i));
        Span span = raw.tokens().get(i).span();
        l.setBeginPosition(span.start());
        l.setEndPosition(span.end());
        l.setIndex(i + 1);
        l.setSentIndex(coreSentences.size());
        labels.add(l);
      }
      CoreMap s = new ArrayCoreMap();
      s.set(CoreAnnotations.TextAnnotation.class, raw.span().of(cleanText));
      s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, raw.span().start());
      s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, raw.span().end());
      s.set(CoreAnnotations.TokensAnnotation.class, labels);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, coreSentences.size());
      s.set(CoreAnnotations.TokenBeginAnnotation.class, allLabels.size());
      s.set(CoreAnnotations.TokenEndAnnotation.class, allLabels.size() + labels.size());
      allLabels.addAll(labels);
      coreSentences.add(s);
    }
    Annotation doc = new Annotation(cleanText);
    doc.set(CoreAnnotations.TokensAnnotation.class, allLabels);
    doc.set(CoreAnnotations.SentencesAnnotation.class, coreSentences);
    taggers.annotate(doc);
    tagEntities(cleanText, coreSentences);
    List<Sentence> out = new ArrayList<>(selected.size());
    for (int k = 0; k < selected.size(); k++) {
      out.add(sentence(selected.get(k).sentence(), coreSentences.get(k)));
    }
    return out;
  }

  /**
   * Runs the entity tagger on the tagged sentences that may name something: one with a proper noun,
   * or a capital letter on a word other than its first. The tagger (a CRF over every word) was a
   * quarter of the run; a sentence without either names nothing, and its words stay "O".
   */
  private void tagEntities(String cleanText, List<CoreMap> tagged) {
    if (entities == null) {
      return;
    }
    List<CoreMap> naming = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : tagged) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (mayName(labels)) {
        naming.add(s);
        tokens.addAll(labels);
      }
    }
    if (naming.isEmpty()) {
      return;
    }
    Annotation doc = new Annotation(cleanText);
    doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
    doc.set(CoreAnnotations.SentencesAnnotation.class, naming);
    entities.annotate(doc);
  }

  /** Whether a tagged sentence has a proper noun, or a capital letter on a word other than its first. */
  boolean mayName(List<CoreLabel> labels) {
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.word();
      if (l.tag() != null && universal(l.tag()).equals("PROPN")
          || i > 0 && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** One sentence of the full pass: its tags, entities and basic UD dependencies. */
  private Sentence sentence(Sentence raw, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    int[] heads = new int[n];
    String[] rels = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "dep");
    if (predictor.isPresent()) {
      NndepPredictor.Parse p = predictor.get().parse(s);
      for (int i = 0; i < n; i++) {
        heads[i] = p.heads()[i] - 1;
        rels[i] = p.heads()[i] == 0 ? "root" : p.labels()[i];
      }
      passiveSubjects(heads, rels);
    } else if (parser != null) {
      // Only the basic graph, as DependencyParseAnnotator builds it (no extra dependencies).
      SemanticGraph g = SemanticGraphFactory.makeFromTree(parser.predict(s), SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null);
      for (IndexedWord root : g.getRoots()) {
        rels[root.index() - 1] = "root";
      }
      for (SemanticGraphEdge e : g.edgeListSorted()) {
        int dep = e.getDependent().index() - 1;
        heads[dep] = e.getGovernor().index() - 1;
        rels[dep] = e.getRelation().toString();
      }
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      String upos = l.tag() == null ? "X" : l.tag();
      String lemma = l.lemma() != null && language != Language.FR ? l.lemma().toLowerCase(java.util.Locale.ROOT)
          : lemmatizer.lemma(l.word(), upos);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(i, l.word(), lemma, universal(upos), heads[i], rels[i], ner, raw.tokens().get(i).span()));
    }
    return new Sentence(raw.index(), raw.span(), tokens, true);
  }

  /**
   * A subject whose verb has a passive auxiliary is a passive subject ("nsubj:pass"), as CoreNLP's
   * GrammaticalStructure relabels it after the parser.
   */
  private static void passiveSubjects(int[] heads, String[] rels) {
    for (int i = 0; i < rels.length; i++) {
      if (!rels[i].equals("nsubj") && !rels[i].equals("csubj")) {
        continue;
      }
      for (int j = 0; j < rels.length; j++) {
        if (heads[j] == heads[i] && rels[j].equals("aux:pass")) {
          rels[i] = rels[i] + ":pass";
          break;
        }
      }
    }
  }

  private static Span spanOf(CoreLabel l, int offset) {
    return new Span(offset + l.beginPosition(), offset + l.endPosition());
  }

  /** English CoreNLP tags are Penn Treebank; casus rules read UD parts of speech. */
  private String universal(String tag) {
    return language == Language.FR ? tag : PennToUniversal.map(tag);
  }
}
