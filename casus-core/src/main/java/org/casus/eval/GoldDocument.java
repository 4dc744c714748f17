package org.casus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One gold file: what a perfect run extracts from one document.
 *
 * @param input the document, already resolved against the gold file's folder
 * @param facts the gold facts in the contract's JSON form, in file order
 */
public record GoldDocument(
    String id, String lang, LocalDate published, Path input, List<ObjectNode> facts) {

  public GoldDocument {
    facts = facts.stream().map(ObjectNode::deepCopy).toList();
  }
}
