package org.casus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the gold files of a folder. */
public final class GoldSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldSet() {}

  /**
   * Every {@code *.json} file directly in {@code dir}, sorted by document id.
   *
   * @throws GoldFormatException when a file is not valid gold, naming the file
   */
  public static List<GoldDocument> load(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing
          .filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .sorted()
          .toList();
    }
    List<GoldDocument> documents = new ArrayList<>();
    Map<String, Path> fileById = new HashMap<>();
    for (Path file : files) {
      GoldDocument document = read(file);
      Path earlier = fileById.putIfAbsent(document.id(), file);
      if (earlier != null) {
        throw new GoldFormatException(file, "id '" + document.id() + "' is also the id of " + earlier);
      }
      documents.add(document);
    }
    documents.sort(Comparator.comparing(GoldDocument::id));
    return List.copyOf(documents);
  }

  /** One gold file. */
  public static GoldDocument read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new GoldFormatException(file, "the file must hold one JSON object");
    }
    String id = requiredText(file, root, "id");
    String lang = requiredText(file, root, "lang");
    String input = requiredText(file, root, "input");
    LocalDate published;
    try {
      published = LocalDate.parse(requiredText(file, root, "published"));
    } catch (DateTimeParseException e) {
      throw new GoldFormatException(file, "'published' is not a YYYY-MM-DD date", e);
    }
    JsonNode facts = root.get("facts");
    if (facts == null || !facts.isArray()) {
      throw new GoldFormatException(file, "'facts' must be an array");
    }
    List<ObjectNode> factList = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      JsonNode fact = facts.get(i);
      if (!fact.isObject() || !fact.path("type").isTextual()) {
        throw new GoldFormatException(file, "fact " + i + " must be an object with a 'type'");
      }
      factList.add((ObjectNode) fact);
    }
    Path folder = file.toAbsolutePath().getParent();
    return new GoldDocument(id, lang, published, folder.resolve(input).normalize(), factList);
  }

  private static String requiredText(Path file, JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new GoldFormatException(file, "'" + field + "' must be a non-empty string");
    }
    return value.asText();
  }
}
