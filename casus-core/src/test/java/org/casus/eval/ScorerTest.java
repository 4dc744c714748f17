package org.casus.eval;

import static org.casus.eval.FactJson.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final String KILLED_10 =
      "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'civilians', evidence:'dix civils tués'}";
  private static final String INJURED_35 =
      "{type:'casualties', outcome:'injured', count:{min:35, max:35}, victims:'civilians', evidence:'35 blessés'}";
  private static final String HOUSES_479 =
      "{type:'damage', outcome:'destroyed', object:'houses', count:{min:479, max:479}, evidence:'479 maisons'}";

  private static GoldDocument document(String id, String lang, String... facts) {
    return new GoldDocument(id, lang, LocalDate.of(2020, 10, 13), Path.of(id + ".txt"), facts(facts));
  }

  @Test
  void countsTruePositivesFalsePositivesAndFalseNegativesPerType() {
    GoldDocument gold = document("d1", "fr", KILLED_10, INJURED_35, HOUSES_479);
    List<ObjectNode> predicted = facts(
        KILLED_10,
        "{type:'casualties', outcome:'injured', count:{min:36, max:36}}",
        HOUSES_479);

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted));

    DetectionScore casualties = report.detection().of("casualties");
    assertEquals(new DetectionScore(2, 2, 1), casualties);
    assertEquals(1, casualties.falsePositives());
    assertEquals(1, casualties.falseNegatives());
    assertEquals(0.5, casualties.precision());
    assertEquals(0.5, casualties.recall());
    assertEquals(0.5, casualties.f1());
    assertEquals(1.0, report.detection().of("damage").f1());
  }

  @Test
  void everyContractTypeIsReportedEvenWithoutFacts() {
    EvalReport report = Scorer.score(List.of(document("d1", "fr", HOUSES_479)), Map.of("d1", List.of()));

    assertEquals(List.of("casualties", "materiel", "damage", "event"),
        List.copyOf(report.detection().byType().keySet()));
  }

  @Test
  void theOverallScoreIsMicroAveragedOverTypes() {
    GoldDocument gold = document("d1", "fr", KILLED_10, INJURED_35, HOUSES_479);
    List<ObjectNode> predicted = facts(KILLED_10, INJURED_35,
        "{type:'damage', object:'houses', count:{min:1, max:1}}");

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted));

    assertEquals(new DetectionScore(3, 3, 2), report.overall());
    assertEquals(2.0 / 3, report.overall().f1(), 1e-9);
  }

  @Test
  void aMissingDocumentIsListedAndAllItsFactsAreFalseNegatives() {
    List<GoldDocument> gold = List.of(
        document("d1", "fr", KILLED_10), document("d2", "fr", INJURED_35, HOUSES_479));

    EvalReport report = Scorer.score(gold, Map.of("d1", facts(KILLED_10)));

    assertEquals(List.of("d2"), report.missingDocuments());
    assertEquals(new DetectionScore(3, 1, 1), report.overall());
    assertEquals(List.of("d2", "d2"), report.falseNegatives().stream().map(FactError::documentId).toList());
  }

  @Test
  void aDocumentPredictedEmptyIsNotMissing() {
    EvalReport report = Scorer.score(List.of(document("d1", "fr", KILLED_10)), Map.of("d1", List.of()));

    assertEquals(List.of(), report.missingDocuments());
    assertEquals(1, report.overall().falseNegatives());
  }

  @Test
  void predictionsForDocumentsWithoutGoldAreListedAndNotScored() {
    EvalReport report = Scorer.score(List.of(document("d1", "fr", KILLED_10)),
        Map.of("d1", facts(KILLED_10), "stray", facts(INJURED_35)));

    assertEquals(List.of("stray"), report.unknownDocuments());
    assertEquals(0, report.overall().falsePositives());
  }

  @Test
  void scoresAreSplitByTheGoldLanguage() {
    List<GoldDocument> gold = List.of(
        document("fr-1", "fr", KILLED_10, INJURED_35), document("en-1", "en", HOUSES_479));
    Map<String, List<ObjectNode>> predicted = Map.of(
        "fr-1", facts(KILLED_10, INJURED_35), "en-1", List.of());

    EvalReport report = Scorer.score(gold, predicted);

    assertEquals(List.of("en", "fr"), List.copyOf(report.byLanguage().keySet()));
    assertEquals(1.0, report.byLanguage().get("fr").overall().f1());
    assertEquals(0.0, report.byLanguage().get("en").overall().recall());
    assertEquals(new DetectionScore(1, 0, 0), report.byLanguage().get("en").of("damage"));
  }

  @Test
  void fieldAccuracyIsCountedOnMatchedFactsOverallAndPerType() {
    GoldDocument gold = document("d1", "fr",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, victim_side:'AZE'}",
        "{type:'casualties', outcome:'killed', count:{min:2, max:2}, victim_side:'AZE'}",
        "{type:'materiel', category:'tank', count:{min:2, max:2}, owner_side:'ARM'}",
        "{type:'materiel', category:'tank', count:{min:9, max:9}, owner_side:'ARM'}");
    List<ObjectNode> predicted = facts(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, victim_side:'AZE'}",
        "{type:'casualties', outcome:'killed', count:{min:2, max:2}, victim_side:'ARM'}",
        "{type:'materiel', category:'tank', count:{min:2, max:2}, owner_side:'ARM'}");

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted));

    assertEquals(new FieldAccuracy(1, 2), report.fieldAccuracyByType().get("casualties.victim_side"));
    assertEquals(0.5, report.fieldAccuracy().get("victim_side").accuracy());
    assertEquals(new FieldAccuracy(1, 1), report.fieldAccuracyByType().get("materiel.owner_side"));
  }

  @Test
  void claimantKindSideAndDateAreScoredAsSeparateFields() {
    GoldDocument gold = document("d1", "fr",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, date:{start:'2020-10-12', end:'2020-10-13'},"
            + " claimant:{name:'Azerbaijani Ministry of Defence', kind:'military', side:'AZE'}}");
    List<ObjectNode> predicted = facts(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, date:{start:'2020-10-13', end:'2020-10-13'},"
            + " claimant:{name:'Ministry of Defence', kind:'military', side:'ARM'}}");

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted));

    assertEquals(1.0, report.fieldAccuracy().get("claimant.kind").accuracy());
    assertEquals(0.0, report.fieldAccuracy().get("claimant.side").accuracy());
    assertEquals(2.0 / 3, report.fieldAccuracy().get("claimant.name").accuracy(), 1e-9);
    assertEquals(1.0, report.fieldAccuracy().get("date").accuracy());
  }

  @Test
  void errorsCarryDocumentTypeFactAndEvidenceText() {
    GoldDocument gold = document("d1", "fr", KILLED_10);
    List<ObjectNode> predicted = facts(
        "{type:'casualties', outcome:'killed', count:{min:11, max:11}, evidence:{text:'onze morts', start:4, end:14}}");

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted));

    FactError missed = report.falseNegatives().get(0);
    assertEquals("d1", missed.documentId());
    assertEquals("casualties", missed.type());
    assertEquals("dix civils tués", missed.evidence());
    assertEquals(10, missed.fact().path("count").path("min").asInt());
    assertEquals("onze morts", report.falsePositives().get(0).evidence());
  }

  @Test
  void eventsAtASharedPlaceAreCountedByGoldAndPredictedEventType() {
    GoldDocument gold = document("d1", "fr",
        "{type:'event', event_type:'shelling_artillery_missile_attack', place:{name:'Ganja', country:'AZE', lat:40.68, lon:46.36}}",
        "{type:'event', event_type:'agreement', place:{name:'Moscow', country:'RUS', lat:55.75, lon:37.62}}");
    List<ObjectNode> predicted = facts(
        "{type:'event', event_type:'air_drone_strike', place:{name:'Ganja', country:'AZE', lat:40.68, lon:46.36}}",
        "{type:'event', event_type:'armed_clash', place:{name:'Tartar', country:'AZE', lat:40.34, lon:46.93}}");

    EventTypeConfusion confusion = Scorer.score(List.of(gold), Map.of("d1", predicted)).eventTypeConfusion();

    assertEquals(1, confusion.count("shelling_artillery_missile_attack", "air_drone_strike"));
    assertEquals(1, confusion.count("agreement", EventTypeConfusion.NONE));
    assertEquals(1, confusion.count(EventTypeConfusion.NONE, "armed_clash"));
    assertEquals(0, confusion.count("shelling_artillery_missile_attack", "armed_clash"));
  }

  @Test
  void theConfusionPrefersPairingEventsOfTheSameType() {
    GoldDocument gold = document("d1", "fr",
        "{type:'event', event_type:'armed_clash', place:{country:'AZE'}}",
        "{type:'event', event_type:'air_drone_strike', place:{country:'AZE'}}");
    List<ObjectNode> predicted = facts(
        "{type:'event', event_type:'air_drone_strike', place:{country:'AZE'}}",
        "{type:'event', event_type:'armed_clash', place:{country:'AZE'}}");

    EventTypeConfusion confusion = Scorer.score(List.of(gold), Map.of("d1", predicted)).eventTypeConfusion();

    assertEquals(1, confusion.count("armed_clash", "armed_clash"));
    assertEquals(1, confusion.count("air_drone_strike", "air_drone_strike"));
    assertEquals(0, confusion.count("armed_clash", "air_drone_strike"));
  }

  @Test
  void theReportSerialisesToJson() throws Exception {
    GoldDocument gold = document("d1", "fr", KILLED_10, HOUSES_479);

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", facts(KILLED_10)));
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report.toJson()));

    assertEquals(0.5, json.path("overall").path("recall").asDouble());
    assertEquals(1, json.path("types").path("casualties").path("tp").asInt());
    assertEquals(1, json.path("languages").path("fr").path("types").path("damage").path("fn").asInt());
    assertEquals(1.0, json.path("fields").path("victims").path("accuracy").asDouble());
    assertEquals("479 maisons", json.path("false_negatives").get(0).path("evidence").asText());
    assertTrue(json.path("missing_documents").isArray());
    assertFalse(json.has("unknownDocuments"));
  }

  @Test
  void aMatchedFactListsOnlyTheFieldsThatDisagreeWithTheirValues() {
    GoldDocument gold = document("d1", "fr",
        "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'civilians',"
            + " claimant:{name:'ministère de la Défense', kind:'military', side:'AZE'}}");
    List<ObjectNode> predicted = facts(
        "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'civilians',"
            + " claimant:{name:'ministère de la Défense', kind:'unattributed'},"
            + " evidence:{text:'Dix civils ont été tués, a dit le ministère.', start:0, end:44}}");

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted));

    MismatchedFact fact = report.mismatchedFacts().get(0);
    assertEquals(1, report.mismatchedFacts().size());
    assertEquals("d1", fact.documentId());
    assertEquals("Dix civils ont été tués, a dit le ministère.", fact.evidence());
    assertEquals(List.of("claimant.kind", "claimant.side"), fact.fields().stream().map(FieldMismatch::field).toList());
    assertEquals("military", fact.fields().get(0).gold().asText());
    assertEquals("unattributed", fact.fields().get(0).predicted().asText());
    assertEquals("AZE", fact.fields().get(1).gold().asText());
    assertTrue(fact.fields().get(1).predicted().isNull());
  }

  @Test
  void matchedFactsThatAgreeOnEveryFieldAreNotMismatched() {
    EvalReport report = Scorer.score(List.of(document("d1", "fr", KILLED_10)), Map.of("d1", facts(KILLED_10)));

    assertTrue(report.mismatchedFacts().isEmpty());
  }

  @Test
  void aMismatchedFactShowsTheSentenceItsEvidenceOffsetsPointToWhenTheTextIsGiven() {
    String text = "Titre\n\nLe bilan est lourd. Dix civils ont été tués à Ganja. La suite.";
    int start = text.indexOf("Dix");
    int end = text.indexOf(" La suite");
    GoldDocument gold = document("d1", "fr", KILLED_10);
    List<ObjectNode> predicted = facts("{type:'casualties', outcome:'killed', count:{min:10, max:10},"
        + " victims:'unknown', evidence:{text:'Dix civils', start:" + start + ", end:" + (start + 10) + ","
        + " sentence:{start:" + start + ", end:" + end + "}}}");

    EvalReport report = Scorer.score(List.of(gold), Map.of("d1", predicted), Map.of("d1", text));
    EvalReport withoutText = Scorer.score(List.of(gold), Map.of("d1", predicted));

    assertEquals("Dix civils ont été tués à Ganja.", report.mismatchedFacts().get(0).evidence());
    assertEquals("Dix civils", withoutText.mismatchedFacts().get(0).evidence());
  }
}
