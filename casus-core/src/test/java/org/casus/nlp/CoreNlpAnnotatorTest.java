package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void theEntityTaggerRunsOnSentencesWithAProperNounOrAnInnerCapital() {
    CoreNlpAnnotator en = SharedNlp.annotator().forLanguage(Language.EN);
    assertFalse(en.mayName(tagged("They/PRP were/VBD buried/VBN the/DT next/JJ day/NN ./.")));
    assertTrue(en.mayName(tagged("They/PRP were/VBD buried/VBN in/IN Kharkiv/NNP ./.")));
    // a capital the tagger did not take for a proper noun still lets the entity tagger decide
    assertTrue(en.mayName(tagged("They/PRP left/VBD for/IN the/DT Front/NN ./.")));
    assertTrue(en.mayName(tagged("Kharkiv/NNP was/VBD shelled/VBN ./.")));
  }

  /** CoreNLP tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String pairs) {
    List<CoreLabel> out = new ArrayList<>();
    for (String pair : pairs.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(pair.substring(0, pair.lastIndexOf('/')));
      l.setTag(pair.substring(pair.lastIndexOf('/') + 1));
      out.add(l);
    }
    return out;
  }

  @Test
  void aNameAtTheStartOfASentenceStillGetsItsEntity() {
    AnnotatedText a = SharedNlp.annotate("Ganja a été frappée par des missiles.", Language.FR);
    Token ganja = a.sentences().get(0).token(0);
    assertEquals("PROPN", ganja.upos());
    assertFalse(ganja.ner().equals("O"), ganja.ner());
  }
}
