package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A false positive or a false negative, with the words it comes from so a person can judge it.
 *
 * @param evidence the gold evidence string or the pipeline's evidence text; empty when there is none
 */
public record FactError(String documentId, String type, ObjectNode fact, String evidence) {

  public FactError {
    fact = fact.deepCopy();
  }

  static FactError of(String documentId, ObjectNode fact) {
    return new FactError(documentId, Scorer.typeOf(fact), fact, evidenceText(fact.get("evidence")));
  }

  /** Gold evidence is a string; the pipeline's is {@code {text, start, end}}. */
  static String evidenceText(JsonNode evidence) {
    if (evidence == null || evidence.isNull()) {
      return "";
    }
    if (evidence.isObject()) {
      return evidence.path("text").asText("");
    }
    return evidence.asText("");
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("document", documentId);
    json.put("type", type);
    json.put("evidence", evidence);
    json.set("fact", fact.deepCopy());
    return json;
  }
}
