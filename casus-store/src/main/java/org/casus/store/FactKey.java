package org.casus.store;

/** Where a stored fact lives: its document's content hash and its index in that document's facts. */
public record FactKey(String contentHash, int index) implements Comparable<FactKey> {
  @Override
  public int compareTo(FactKey o) {
    int c = contentHash.compareTo(o.contentHash);
    return c != 0 ? c : Integer.compare(index, o.index);
  }
}
