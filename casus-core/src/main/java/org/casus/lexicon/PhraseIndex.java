package org.casus.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trie of phrases over comparable parts, answering "which is the longest phrase that starts
 * here?". Built once by a loader, then only read, so it is safe to share between threads.
 */
final class PhraseIndex<V> {
  /** A phrase found in a stream: its value and the parts it covers, {@code to} exclusive. */
  record Hit<V>(V value, int from, int to) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }

  private final Node<V> root = new Node<>();
  private int size;
  private int longestParts;

  /** Adds a phrase; returns the value it already had, if any (the first one is kept). */
  Optional<V> add(String phrase, V value) {
    List<String> parts = LexiconKeys.parts(phrase);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Node<V> node = root;
    for (String p : parts) {
      node = node.next.computeIfAbsent(p, k -> new Node<>());
    }
    if (node.value != null) {
      return Optional.of(node.value);
    }
    node.value = value;
    size++;
    longestParts = Math.max(longestParts, parts.size());
    return Optional.empty();
  }

  int size() {
    return size;
  }

  /** How many parts the longest phrase has: no match reads further than that from its start. */
  int longestParts() {
    return longestParts;
  }

  /**
   * The longest phrase starting at part {@code from}; with {@code wholeWords} it must also end at
   * the end of a word (the caller makes {@code from} the first part of a word).
   */
  Optional<Hit<V>> longestAt(PartStream stream, int from, boolean wholeWords) {
    if (from < 0 || from >= stream.size()) {
      return Optional.empty();
    }
    Hit<V>[] best = newBest();
    search(root, stream, from, from, wholeWords, best);
    return Optional.ofNullable(best[0]);
  }

  private void search(Node<V> node, PartStream stream, int from, int at, boolean wholeWords, Hit<V>[] best) {
    if (at >= stream.size()) {
      return;
    }
    PartStream.Part part = stream.get(at);
    for (String form : part.forms()) {
      Node<V> child = node.next.get(form);
      if (child == null) {
        continue;
      }
      if (child.value != null && (!wholeWords || part.endsWord())
          && (best[0] == null || at + 1 > best[0].to())) {
        best[0] = new Hit<>(child.value, from, at + 1);
      }
      search(child, stream, from, at + 1, wholeWords, best);
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> Hit<V>[] newBest() {
    return (Hit<V>[]) new Hit[1];
  }
}
