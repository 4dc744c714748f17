package org.casus.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.ClaimantKind;
import org.casus.model.Language;

/**
 * Claimants and perpetrators of one language ({@code lexicon/<lang>/actors.tsv}: phrase, canonical
 * English name, kind, side). The side column is a state's alpha-3 code, a group's short name, empty
 * for none, or {@code *}: "the side named by a demonym, country or group in the same noun phrase",
 * in which case the canonical name is prefixed with that side's English adjective ("ministère
 * azerbaïdjanais de la Défense" gives "Azerbaijani Ministry of Defence"). A row whose phrase is
 * {@code *} is the actor a bare side mention stands for ("Moscou a affirmé"). Immutable once
 * loaded; share one instance.
 */
public final class ActorLexicon {
  /** The side column value that takes the side from the phrase. */
  public static final String SIDE_FROM_PHRASE = "*";

  /** An actor: canonical English name, kind, and the side it belongs to when one is known. */
  public record Actor(String name, ClaimantKind kind, Optional<String> side) {}

  private record Entry(String canonical, ClaimantKind kind, String side) {}

  /** A side named inside the phrase, with the parts it covers. */
  private record Mention(String side, int from, int to) {}

  /** A candidate actor phrase: which entry, how many parts it covered, and where. */
  private record Candidate(Entry entry, int length, int firstPart, int lastPart) {}

  private final Language language;
  private final SideLexicon sides;
  private final PhraseIndex<Entry> index;
  private final Optional<Entry> bareSide;

  private ActorLexicon(Language language, SideLexicon sides, PhraseIndex<Entry> index, Optional<Entry> bareSide) {
    this.language = language;
    this.sides = sides;
    this.index = index;
    this.bareSide = bareSide;
  }

  /** Loads the actors of a language; sides named in phrases are resolved with {@code sides}. */
  public static ActorLexicon load(Language lang, SideLexicon sides) {
    String resource = "lexicon/" + lang.code() + "/actors.tsv";
    PhraseIndex<Entry> index = new PhraseIndex<>();
    Entry bare = null;
    for (String[] row : TsvResource.read(resource, 4)) {
      if (row[0].isEmpty() || row[1].isEmpty() || row[2].isEmpty()) {
        throw new IllegalStateException(resource + ": incomplete row '" + String.join("\t", row) + "'");
      }
      Entry entry = new Entry(row[1], ClaimantKind.fromCode(row[2]), row[3]);
      if (row[0].equals(SIDE_FROM_PHRASE)) {
        bare = entry;
        continue;
      }
      Optional<Entry> previous = index.add(row[0], entry);
      if (previous.isPresent() && !previous.get().equals(entry)) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' listed twice differently");
      }
    }
    return new ActorLexicon(lang, sides, index, Optional.ofNullable(bare));
  }

  public Language language() {
    return language;
  }

  /** How many phrases the lexicon holds. */
  public int size() {
    return index.size();
  }

  /**
   * The best actor named by the surface words of a noun phrase ("Le ministère azerbaïdjanais de
   * la Défense", "Russia's defence ministry", "the Hamas-run health ministry"): the longest actor
   * phrase, sought both in the words as written and with the words that name a side taken out;
   * a named side completes a {@code *} entry. Empty when the phrase names no actor and no side.
   */
  public Optional<Actor> resolve(List<String> words) {
    PartStream full = PartStream.of(words, PartStream::exactly);
    List<Mention> mentions = new ArrayList<>();
    List<PartStream.Part> rest = new ArrayList<>();
    for (int p = 0; p < full.size(); ) {
      Optional<PhraseIndex.Hit<String>> side = sides.sideAt(full, p);
      if (side.isPresent()) {
        mentions.add(new Mention(side.get().value(), p, side.get().to()));
        p = side.get().to();
      } else {
        rest.add(full.get(p));
        p++;
      }
    }
    Candidate best = bestIn(full, full.parts(), null, full);
    best = bestIn(PartStream.ofParts(rest), rest, best, full);
    if (best == null) {
      if (mentions.isEmpty()) {
        return Optional.empty();
      }
      String side = mentions.get(0).side();
      if (sides.isGroup(side)) {
        // a group named alone speaks as the armed group it is
        return Optional.of(new Actor(sides.englishAdjective(side).orElse(side), ClaimantKind.MILITARY,
            Optional.of(side)));
      }
      return bareSide.map(e -> complete(e, Optional.of(side)));
    }
    Entry e = best.entry();
    if (!e.side().equals(SIDE_FROM_PHRASE)) {
      return Optional.of(new Actor(e.canonical(), e.kind(),
          e.side().isEmpty() ? Optional.empty() : Optional.of(e.side())));
    }
    return Optional.of(complete(e, nearest(mentions, best)));
  }

  /** The longest actor phrase in a stream; on equal length, one with a fixed side wins. */
  private Candidate bestIn(PartStream stream, List<PartStream.Part> parts, Candidate best, PartStream full) {
    for (int p = 0; p < stream.size(); p++) {
      Optional<PhraseIndex.Hit<Entry>> hit = index.longestAt(stream, p, false);
      if (hit.isEmpty()) {
        continue;
      }
      int length = hit.get().to() - hit.get().from();
      Candidate c = new Candidate(hit.get().value(), length, indexIn(full, parts.get(p)),
          indexIn(full, parts.get(hit.get().to() - 1)));
      if (best == null || c.length() > best.length()
          || c.length() == best.length() && hasFixedSide(c) && !hasFixedSide(best)) {
        best = c;
      }
    }
    return best;
  }

  private static boolean hasFixedSide(Candidate c) {
    String side = c.entry().side();
    return !side.isEmpty() && !side.equals(SIDE_FROM_PHRASE);
  }

  private static int indexIn(PartStream full, PartStream.Part part) {
    int i = full.parts().indexOf(part);
    return i < 0 ? 0 : i;
  }

  private static Optional<String> nearest(List<Mention> mentions, Candidate c) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      int distance = m.to() <= c.firstPart() ? c.firstPart() - m.to()
          : m.from() > c.lastPart() ? m.from() - c.lastPart() : 0;
      if (distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.side());
  }

  private Actor complete(Entry e, Optional<String> side) {
    String name = side.flatMap(sides::englishAdjective)
        .map(adjective -> adjective + " " + e.canonical())
        .orElse(e.canonical());
    return new Actor(name, e.kind(), side);
  }
}
