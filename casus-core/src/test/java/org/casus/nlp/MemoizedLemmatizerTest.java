package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoizedLemmatizerTest {
  /** A lemmatiser that counts how often it is asked. */
  private static final class Counting implements Lemmatizer {
    final AtomicInteger asked = new AtomicInteger();

    @Override
    public String lemma(String word, String upos) {
      asked.incrementAndGet();
      return upos.equals("VERB") && word.endsWith("ed") ? word.substring(0, word.length() - 2) : word.toLowerCase(Locale.ROOT);
    }

    @Override
    public Set<String> candidates(String word) {
      asked.incrementAndGet();
      return Set.of(word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT) + "?");
    }
  }

  @Test
  void givesWhatTheLemmatiserGivesAndAsksItOncePerFormAndPartOfSpeech() {
    Counting inner = new Counting();
    MemoizedLemmatizer memo = new MemoizedLemmatizer(inner);
    assertEquals("kill", memo.lemma("killed", "VERB"));
    assertEquals("killed", memo.lemma("killed", "ADJ"));
    assertEquals("kill", memo.lemma("killed", "VERB"));
    assertEquals(Set.of("shelled", "shelled?"), memo.candidates("Shelled"));
    assertEquals(Set.of("shelled", "shelled?"), memo.candidates("Shelled"));
    assertEquals(3, inner.asked.get());
  }

  @Test
  void onceFullItStillAnswersButRemembersNothingMore() {
    Counting inner = new Counting();
    MemoizedLemmatizer memo = new MemoizedLemmatizer(inner, 2);
    for (String w : new String[] {"a", "b", "c", "c", "a"}) {
      assertEquals(w, memo.lemma(w, "NOUN"));
    }
    // "a" and "b" are remembered; "c" is asked both times
    assertEquals(4, inner.asked.get());
  }
}
