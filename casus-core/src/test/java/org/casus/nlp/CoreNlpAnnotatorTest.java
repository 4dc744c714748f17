package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casus.model.AnnotatedText;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Token;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  @Test
  void frenchSentencesGetUniversalDependenciesAndLemmas() {
    AnnotatedText a = SharedNlp.annotate("42 civils azerbaïdjanais avaient perdu la vie.", Language.FR);
    Sentence s = a.sentences().get(0);
    Token num = s.token(0);
    Token civils = s.token(1);
    assertEquals("NUM", num.upos());
    assertEquals("nummod", num.deprel());
    assertEquals(civils.index(), num.head());
    assertEquals("civil", civils.lemma());
    Token perdu = s.tokens().stream().filter(t -> t.word().equals("perdu")).findFirst().orElseThrow();
    assertEquals("perdre", perdu.lemma());
    assertEquals(perdu.index(), civils.head());
    assertTrue(civils.deprel().startsWith("nsubj"));
  }

  @Test
  void englishTagsAreMappedToUniversalPartsOfSpeech() {
    AnnotatedText a = SharedNlp.annotate("Ten people were killed in Kharkiv.", Language.EN);
    Sentence s = a.sentences().get(0);
    assertEquals("NUM", s.token(0).upos());
    assertEquals("kill", s.token(3).lemma());
    assertEquals("nsubj:pass", s.token(1).deprel());
    assertEquals("LOCATION", s.token(5).ner());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Titre\n\nLe bilan est passé à 9 morts et 34 blessés.";
    AnnotatedText a = SharedNlp.annotate(text, Language.FR);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String surface = t.span().of(text);
        assertTrue(surface.equals(t.word()) || t.word().length() <= 3, surface + " vs " + t.word());
      }
    }
  }

  @Test
  void aSentenceCutByAStrayFullStopIsMended() {
    AnnotatedText a = SharedNlp.annotate(
        "L'armée a détruit deux véhicules de combat d'infanterie BMP-2 (IFV). , trois obusiers Giatsint B.", Language.FR);
    assertEquals(1, a.sentences().size());
  }
}
