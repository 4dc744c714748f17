package org.casus.store;

import java.util.List;

/**
 * The rows of a query, one per fact, under {@link FactQuery#COLUMNS}. A cell is a String, Integer,
 * Long, Double, a JSON array (a figure's breakdown) or null where the fact has no value (SQL's NULL,
 * an empty CSV field, a JSON null).
 */
public record QueryTable(List<String> columns, List<Row> rows) {
  public QueryTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One fact: its cells, and its contract JSON as stored. */
  public record Row(List<Object> cells, String factJson) {
    public Object get(int column) {
      return cells.get(column);
    }
  }

  public int column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    return i;
  }
}
