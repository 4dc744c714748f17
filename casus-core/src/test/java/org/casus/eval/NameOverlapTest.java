package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameOverlapTest {

  @Test
  void functionWordsAndCaseDoNotCount() {
    assertEquals(List.of("ministère", "défense"),
        List.copyOf(NameOverlap.contentWords("Le Ministère de la Défense")));
  }

  @Test
  void theShareIsOfTheGoldNamesWordsFoundInThePrediction() {
    assertEquals(0.5, NameOverlap.shareFound("Hikmet Hajiyev", "Hajiyev"));
  }

  @Test
  void wordOrderDoesNotMatter() {
    assertEquals(1.0, NameOverlap.shareFound("Azerbaijani Ministry of Defence", "the defence ministry, azerbaijani"));
  }

  @Test
  void extraPredictedWordsCostNothing() {
    assertEquals(1.0, NameOverlap.shareFound("Hamas", "the Hamas-run health ministry"));
  }
}
