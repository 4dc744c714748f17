package org.casus.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.casus.contract.ContractJson;
import org.casus.model.Breakdown;
import org.casus.model.Count;
import org.casus.model.Evidence;
import org.casus.model.Span;
import org.casus.model.Victims;

/**
 * The {@code breakdowns} table: the demographic subsets of casualty figures, one row per subset,
 * written with their fact and read back as the model's {@link Breakdown}s.
 */
final class BreakdownTable {
  static final String INSERT = "INSERT INTO breakdowns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The SQL type of a list of subsets in the contract's shape, for exports that keep its structure. */
  static final String SQL_LIST_TYPE = "STRUCT(count STRUCT(min INTEGER, max INTEGER), victims VARCHAR,"
      + " descriptor VARCHAR, evidence STRUCT(text VARCHAR, start INTEGER, \"end\" INTEGER))[]";

  private BreakdownTable() {}

  /** Adds the rows of a fact's subsets to a batch of {@link #INSERT}. */
  static void add(PreparedStatement ps, FactKey key, List<Breakdown> parts) throws SQLException {
    for (int ord = 0; ord < parts.size(); ord++) {
      Breakdown b = parts.get(ord);
      Span sentence = b.evidence().sentence();
      add(ps, key, ord, b.count(), b.victims().code(), b.descriptor(), b.evidence().words(), b.evidence().text(),
          OptionalInt.of(sentence.start()), OptionalInt.of(sentence.end()));
    }
  }

  private static void add(PreparedStatement ps, FactKey key, int ord, Count count, String victims, String descriptor,
      Span words, String text, OptionalInt sentenceStart, OptionalInt sentenceEnd) throws SQLException {
    ps.setString(1, key.contentHash());
    ps.setInt(2, key.index());
    ps.setInt(3, ord);
    FactStore.setInt(ps, 4, count.min());
    FactStore.setInt(ps, 5, count.max());
    ps.setString(6, victims);
    ps.setString(7, descriptor);
    ps.setInt(8, words.start());
    ps.setInt(9, words.end());
    ps.setString(10, text);
    FactStore.setInt(ps, 11, sentenceStart);
    FactStore.setInt(ps, 12, sentenceEnd);
    ps.addBatch();
  }

  /** Every stored subset, by its fact, in the order the fact lists them. */
  static Map<FactKey, List<Breakdown>> read(Connection c) throws SQLException {
    Map<FactKey, List<Breakdown>> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT b.content_hash, b.fact_idx, b.count_min, b.count_max, b.victims,"
            + " b.descriptor, b.evidence_start, b.evidence_end, b.evidence_text,"
            + " COALESCE(b.sentence_start, f.sentence_start), COALESCE(b.sentence_end, f.sentence_end), d.id"
            + " FROM breakdowns b JOIN facts f ON f.content_hash = b.content_hash AND f.idx = b.fact_idx"
            + " JOIN documents d ON d.content_hash = b.content_hash ORDER BY b.content_hash, b.fact_idx, b.ord")) {
      while (rs.next()) {
        Evidence evidence = new Evidence(rs.getString(12), new Span(rs.getInt(10), rs.getInt(11)),
            new Span(rs.getInt(7), rs.getInt(8)), rs.getString(9));
        out.computeIfAbsent(new FactKey(rs.getString(1), rs.getInt(2)), k -> new ArrayList<>())
            .add(new Breakdown(new Count(FactStore.optInt(rs, 3), FactStore.optInt(rs, 4)),
                Victims.fromCode(rs.getString(5)), rs.getString(6), evidence));
      }
    }
    return out;
  }

  /**
   * Fills the table from the contract JSON of the casualty figures stored before it existed. Their
   * subsets' sentences are not in the contract: left NULL, they read back as the fact's sentence.
   */
  static void fillFromStoredJson(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT content_hash, idx, json FROM facts WHERE type = 'casualties'"
            + " AND json LIKE '%\"breakdown\"%' ORDER BY content_hash, idx");
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      while (rs.next()) {
        FactKey key = new FactKey(rs.getString(1), rs.getInt(2));
        JsonNode parts = ContractJson.mapper().readTree(rs.getString(3)).path("breakdown");
        for (int ord = 0; ord < parts.size(); ord++) {
          JsonNode b = parts.get(ord);
          JsonNode ev = b.path("evidence");
          add(ps, key, ord, ContractJson.readCount(b.path("count")),
              b.path("victims").asText(), b.path("descriptor").asText(),
              new Span(ev.path("start").asInt(), ev.path("end").asInt()), ev.path("text").asText(),
              OptionalInt.empty(), OptionalInt.empty());
        }
      }
      ps.executeBatch();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored fact JSON does not parse", e);
    }
  }
}
