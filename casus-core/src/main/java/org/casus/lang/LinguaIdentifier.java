package org.casus.lang;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casus.model.Block;
import org.casus.model.CleanText;

/**
 * Tells a text's language with Lingua's n-gram models, over a fixed set of languages that news we
 * may be given is written in: the languages casus analyses, and the others it must recognise so as
 * to refuse them by name rather than mistake them for French or English. A text too short to tell
 * is "und". Thread-safe: Lingua's models are immutable once loaded.
 */
public final class LinguaIdentifier implements LanguageIdentifier {
  /**
   * Languages recognised by default (ISO 639-1): European, Middle-Eastern, Caucasian and
   * African languages of conflict reporting, and the largest Asian ones. A language left out is
   * read as its nearest neighbour in this list, so the list errs on the wide side.
   */
  public static final List<String> DEFAULT_LANGUAGES = List.of(
      "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ro", "ru", "uk", "be", "bg", "sr", "hr", "bs",
      "cs", "sk", "sl", "hu", "el", "sv", "da", "nb", "fi", "tr", "az", "hy", "ka", "ar", "fa", "ur",
      "he", "hi", "zh", "ja", "ko", "vi", "id", "sw", "so");

  /** How many letters a text needs before its language is told. */
  static final int MIN_LETTERS = 12;
  /**
   * Characters read from a long text: more adds time, not accuracy. Two hundred and fifty
   * characters are two sentences of running text, more than the single sentences on which the
   * multilingual sample is scored. Reading four thousand cost 6.5 % of the pipeline's time in the
   * bench, a thousand 5.4 %, and five hundred 7.7 % once the parser had become 2.7x faster.
   */
  static final int SAMPLE_CHARS = 250;

  /** Lingua's two modes: all n-gram sizes, or trigrams only (less memory, weaker on short texts). */
  public enum Accuracy {
    HIGH,
    LOW
  }

  private final LanguageDetector detector;

  private LinguaIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  /**
   * The default languages in low-accuracy mode: on the multilingual sample it is as accurate as
   * the high mode, loads in about 2 s and 40 MB of heap where the high mode takes 19 s and 930 MB.
   */
  public static LinguaIdentifier load() {
    return of(DEFAULT_LANGUAGES, Accuracy.LOW);
  }

  /**
   * @param isoCodes ISO 639-1 codes of the languages to tell apart (at least two)
   * @throws IllegalArgumentException for a code Lingua has no model of
   */
  public static LinguaIdentifier of(List<String> isoCodes, Accuracy accuracy) {
    Set<com.github.pemistahl.lingua.api.Language> languages = EnumSet.noneOf(com.github.pemistahl.lingua.api.Language.class);
    for (String code : isoCodes) {
      languages.add(linguaLanguage(code));
    }
    if (languages.size() < 2) {
      throw new IllegalArgumentException("at least two languages are needed to tell them apart: " + isoCodes);
    }
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(
        languages.toArray(com.github.pemistahl.lingua.api.Language[]::new));
    if (accuracy == Accuracy.LOW) {
      builder = builder.withLowAccuracyMode();
    }
    return new LinguaIdentifier(builder.build());
  }

  private static com.github.pemistahl.lingua.api.Language linguaLanguage(String code) {
    for (com.github.pemistahl.lingua.api.Language l : com.github.pemistahl.lingua.api.Language.values()) {
      if (l.getIsoCode639_1().name().equalsIgnoreCase(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("no language model for \"" + code + "\"");
  }

  @Override
  public String identify(CleanText text) {
    return identify(LanguageIdentifier.opening(text, SAMPLE_CHARS));
  }

  /** The ISO 639-1 code of a string's language, or "und" when it is too short or unlike any. */
  public String identify(String text) {
    if (letters(text) < MIN_LETTERS) {
      return "und";
    }
    com.github.pemistahl.lingua.api.Language l = detector.detectLanguageOf(
        text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    return l == com.github.pemistahl.lingua.api.Language.UNKNOWN ? "und" : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of each extractable block of a text ("und" for blocks too short to tell), and
   * the text's own language, for texts that mix languages (a quotation left untranslated, a
   * bilingual page).
   */
  public ParagraphLanguages identifyParagraphs(CleanText text) {
    List<ParagraphLanguages.Paragraph> paragraphs = new ArrayList<>();
    Map<String, Integer> letters = new LinkedHashMap<>();
    for (Block b : text.extractable()) {
      String s = b.span().of(text.text());
      String lang = identify(s);
      paragraphs.add(new ParagraphLanguages.Paragraph(b.span(), lang));
      if (!lang.equals("und")) {
        letters.merge(lang, letters(s), Integer::sum);
      }
    }
    String main = letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElseGet(() -> identify(text));
    return new ParagraphLanguages(main, paragraphs);
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
