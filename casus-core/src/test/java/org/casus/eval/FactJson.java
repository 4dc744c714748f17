package org.casus.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Facts written tersely in tests: {@code fact("{type:'event', event_type:'armed_clash'}")}. */
final class FactJson {
  private static final ObjectMapper LENIENT = new ObjectMapper()
      .configure(JsonParser.Feature.ALLOW_SINGLE_QUOTES, true)
      .configure(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES, true);

  private FactJson() {}

  static ObjectNode fact(String json) {
    try {
      return (ObjectNode) LENIENT.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ObjectNode> facts(String... json) {
    return Arrays.stream(json).map(FactJson::fact).toList();
  }
}
