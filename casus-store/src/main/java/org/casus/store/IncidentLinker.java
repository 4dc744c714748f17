package org.casus.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casus.lexicon.Marks;
import org.casus.model.Count;
import org.casus.model.Place;
import org.casus.model.Stance;

/**
 * Links stored facts from every document into incidents, as a pure function of the facts.
 *
 * <p>A report is an event with the figures told in its sentence, or a figure told without an event.
 * Two reports are of one incident when their ACLED event types agree (a bare figure fits any violent
 * type), their dates overlap or lie within a day, their places lie within a distance that their
 * precision allows, and their actors do not contradict each other. Each link keeps its reason; an
 * incident is the reports connected by links.
 */
public final class IncidentLinker {
  /** A longer period is a cumulative toll ("since 27 September"), not one incident. */
  static final int MAX_INCIDENT_DAYS = 7;
  /** Reports of one incident may date it a day apart (overnight events, time zones, late reports). */
  static final int DAY_TOLERANCE = 1;

  /** One event with its figures, or a figure alone. */
  record Report(StoredFact anchor, List<StoredFact> figures, Optional<String> family, Optional<Window> window) {
    List<Place> places() {
      return anchor.places();
    }
  }

  /**
   * When a report may have happened. A date the text does not state is the publication date by
   * default, and news of a day is often of the day before: such a date is widened by a day back.
   */
  record Window(LocalDate start, LocalDate end, boolean stated) {
    long days() {
      return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
      String span = start.equals(end) ? start.toString() : start + ".." + end;
      return stated ? span : span + " (by publication date)";
    }
  }

  private record Link(int to, String reason) {}

  /** A bare figure's report that could join an event's report. */
  private record Candidate(int figure, int event, String reason) {}

  /**
   * How well bare figures fit an event group: the closer their figures to the group's of the same
   * outcome, the better (0 is a perfect fit); an outcome the group does not report counts as a factor
   * of e apart. An analyst reads "the toll rose to 9 dead" as the strike that had 10, not the war's 42.
   */
  private static double fit(List<Report> reports, List<Integer> figures, List<Integer> events) {
    Map<String, Integer> theirs = new HashMap<>();
    for (int e : events) {
      for (StoredFact f : reports.get(e).figures()) {
        if (!f.count().isVague()) {
          theirs.merge(f.type() + "/" + f.outcome().orElse(""), lower(f.count()), Math::max);
        }
      }
    }
    double score = 0;
    for (int r : figures) {
      StoredFact f = reports.get(r).anchor();
      if (f.count().isVague()) {
        continue;
      }
      Integer other = theirs.get(f.type() + "/" + f.outcome().orElse(""));
      score -= other == null ? 1 : Math.abs(Math.log((lower(f.count()) + 1.0) / (other + 1.0)));
    }
    return score;
  }

  public List<Incident> link(List<StoredFact> facts) {
    List<Report> reports = reports(facts);
    reports.sort(Comparator.comparing((Report r) -> r.window().map(Window::start).orElse(LocalDate.MAX))
        .thenComparing(r -> r.anchor().documentId())
        .thenComparing(r -> r.anchor().key()));
    int n = reports.size();
    int[] parent = new int[n];
    List<List<Link>> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      links.add(new ArrayList<>());
    }
    // First events with events and bare figures with bare figures; then each group of bare figures
    // joins the one event group it fits best, so that a figure never bridges two incidents.
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Optional<Window> wi = linkable(reports.get(i));
      if (wi.isEmpty()) {
        continue;
      }
      // Sorted by start: once a report starts more than a day after this one ends, none later can link.
      for (int j = i + 1; j < n && reports.get(j).window().isPresent()
          && !reports.get(j).window().get().start().isAfter(wi.get().end().plusDays(DAY_TOLERANCE)); j++) {
        Optional<String> reason = sameIncident(reports.get(i), reports.get(j));
        if (reason.isEmpty()) {
          continue;
        }
        boolean iEvent = reports.get(i).family().isPresent();
        if (iEvent == reports.get(j).family().isPresent()) {
          links.get(i).add(new Link(j, reason.get()));
          links.get(j).add(new Link(i, reason.get()));
          union(parent, i, j);
        } else {
          candidates.add(iEvent ? new Candidate(j, i, reason.get()) : new Candidate(i, j, reason.get()));
        }
      }
    }
    Map<Integer, List<Integer>> phaseOne = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      phaseOne.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, Candidate> best = new TreeMap<>();
    for (Candidate c : candidates) {
      int figures = find(parent, c.figure());
      Candidate current = best.get(figures);
      if (current == null || fit(reports, phaseOne.get(figures), phaseOne.get(find(parent, c.event())))
          > fit(reports, phaseOne.get(figures), phaseOne.get(find(parent, current.event())))) {
        best.put(figures, c);
      }
    }
    for (Candidate c : best.values()) {
      String reason = c.reason() + "; of the incidents this figure fits, the one whose figures are closest";
      links.get(c.figure()).add(new Link(c.event(), reason));
      links.get(c.event()).add(new Link(c.figure(), reason));
      union(parent, c.figure(), c.event());
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Incident> incidents = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      incidents.add(incident(reports, members, links));
    }
    return List.copyOf(incidents);
  }

  /** The reports of each document: events with the figures of their sentence, and figures alone. */
  static List<Report> reports(List<StoredFact> facts) {
    Map<String, List<StoredFact>> byDocument = new LinkedHashMap<>();
    facts.stream().sorted(Comparator.comparing(StoredFact::key))
        .forEach(f -> byDocument.computeIfAbsent(f.key().contentHash(), k -> new ArrayList<>()).add(f));
    List<Report> reports = new ArrayList<>();
    for (List<StoredFact> doc : byDocument.values()) {
      Map<StoredFact, List<StoredFact>> figuresOf = new LinkedHashMap<>();
      List<StoredFact> alone = new ArrayList<>();
      doc.stream().filter(StoredFact::isEvent).forEach(e -> figuresOf.put(e, new ArrayList<>()));
      for (StoredFact f : doc) {
        if (f.isEvent()) {
          continue;
        }
        Optional<StoredFact> event = figuresOf.keySet().stream()
            .filter(e -> e.sentenceStart() == f.sentenceStart())
            .min(Comparator.comparingInt(e -> Math.abs(e.key().index() - f.key().index())));
        event.ifPresentOrElse(e -> figuresOf.get(e).add(f), () -> alone.add(f));
      }
      figuresOf.forEach((e, figures) -> reports.add(new Report(e, List.copyOf(figures),
          e.eventType().map(AcledEventTypes::family), window(e))));
      alone.forEach(f -> reports.add(new Report(f, List.of(), Optional.empty(), window(f))));
    }
    return reports;
  }

  static Optional<Window> window(StoredFact f) {
    return f.date().map(d -> f.dateStated()
        ? new Window(d.start(), d.end(), true)
        : new Window(d.start().minusDays(DAY_TOLERANCE), d.end(), false));
  }

  private static Optional<Window> linkable(Report r) {
    return r.window().filter(w -> w.days() <= MAX_INCIDENT_DAYS).filter(w -> !r.places().isEmpty());
  }

  /** Why two reports are of one incident, or empty when they are not. */
  static Optional<String> sameIncident(Report a, Report b) {
    Optional<Window> wa = linkable(a);
    Optional<Window> wb = linkable(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> type = types(a, b);
    Optional<String> dates = type.isEmpty() ? Optional.empty() : dates(wa.get(), wb.get());
    Optional<String> place = dates.isEmpty() ? Optional.empty() : places(a.places(), b.places());
    Optional<String> actors = place.isEmpty() ? Optional.empty() : actors(a.anchor(), b.anchor());
    return actors.map(act -> String.join("; ", type.get(), dates.get(), place.get(), act));
  }

  private static Optional<String> types(Report a, Report b) {
    if (a.family().isPresent() && b.family().isPresent()) {
      return a.family().equals(b.family())
          ? Optional.of("both " + a.family().get() + " (" + a.anchor().eventType().orElseThrow() + ", "
              + b.anchor().eventType().orElseThrow() + ")")
          : Optional.empty();
    }
    Optional<String> family = a.family().or(b::family);
    if (family.isEmpty()) {
      return Optional.of("both figures without an event");
    }
    return AcledEventTypes.isViolent(family.get())
        ? Optional.of("a figure, and an event of type " + family.get())
        : Optional.empty();
  }

  private static Optional<String> dates(Window a, Window b) {
    LocalDate latestStart = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate earliestEnd = a.end().isBefore(b.end()) ? a.end() : b.end();
    long gap = ChronoUnit.DAYS.between(earliestEnd, latestStart);
    if (gap > DAY_TOLERANCE) {
      return Optional.empty();
    }
    return Optional.of((gap <= 0 ? "dates overlap (" : "dates a day apart (") + a + " and " + b + ")");
  }

  /** Within how many km two places of these precisions may be the same place. */
  static Optional<Double> toleranceKm(String precision) {
    return switch (precision) {
      case "exact" -> Optional.of(25.0);
      case "near" -> Optional.of(50.0);
      case "admin2" -> Optional.of(75.0);
      case "admin1" -> Optional.of(200.0);
      default -> Optional.empty();
    };
  }

  static Optional<String> places(List<Place> as, List<Place> bs) {
    for (Place p : as) {
      for (Place q : bs) {
        Optional<Double> tp = toleranceKm(p.precision());
        Optional<Double> tq = toleranceKm(q.precision());
        if (p.hasCoordinates() && q.hasCoordinates() && tp.isPresent() && tq.isPresent()) {
          double km = distanceKm(p, q);
          double tolerance = Math.max(tp.get(), tq.get());
          if (km <= tolerance) {
            return Optional.of(String.format(Locale.ROOT, "%s and %s %.0f km apart (within %.0f km for %s places)",
                p.name(), q.name(), km, tolerance, tp.get() >= tq.get() ? p.precision() : q.precision()));
          }
        }
      }
    }
    for (Place p : as) {
      for (Place q : bs) {
        if (p.country().equals(q.country()) && fold(p.name()).equals(fold(q.name()))) {
          return Optional.of("both at " + p.name());
        }
        if (p.country().isPresent() && p.country().equals(q.country())
            && (p.precision().equals("country") || q.precision().equals("country"))) {
          Place finer = p.precision().equals("country") ? q : p;
          return Optional.of(finer.name() + " lies in " + p.country().get() + ", the only place the other report gives");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> actors(StoredFact a, StoredFact b) {
    if (contradict(a.actor1Side(), b.actor1Side()) || contradict(a.actor2Side(), b.actor2Side())) {
      return Optional.empty();
    }
    String a1 = a.actor1Side().or(b::actor1Side).orElse("?");
    String a2 = a.actor2Side().or(b::actor2Side).orElse("?");
    return Optional.of(a1.equals("?") && a2.equals("?") ? "no actors to contradict" : "actors agree (" + a1 + " against " + a2 + ")");
  }

  private static boolean contradict(Optional<String> x, Optional<String> y) {
    return x.isPresent() && y.isPresent() && !x.get().equals(y.get());
  }

  static double distanceKm(Place p, Place q) {
    double lat1 = Math.toRadians(p.lat().orElseThrow());
    double lat2 = Math.toRadians(q.lat().orElseThrow());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(q.lon().orElseThrow() - p.lon().orElseThrow());
    double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static String fold(String name) {
    return Marks.strip(name).toLowerCase(Locale.ROOT).strip();
  }

  // ---- an incident from its connected reports

  private static Incident incident(List<Report> reports, List<Integer> members, List<List<Link>> links) {
    int root = members.get(0);
    Map<Integer, String> reasons = new LinkedHashMap<>();
    reasons.put(root, "first report");
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      int r = queue.poll();
      for (Link l : links.get(r)) {
        if (!reasons.containsKey(l.to())) {
          reasons.put(l.to(), "linked to " + reports.get(r).anchor().label() + ": " + l.reason());
          queue.add(l.to());
        }
      }
    }
    List<LinkedFact> linked = new ArrayList<>();
    for (int m : members) {
      Report r = reports.get(m);
      linked.add(new LinkedFact(r.anchor(), source(r.anchor()), reasons.get(m)));
      for (StoredFact f : r.figures()) {
        linked.add(new LinkedFact(f, source(f), "told in the sentence of " + r.anchor().label()
            + " (" + r.anchor().eventType().orElse(r.anchor().type()) + ")"));
      }
    }
    List<Report> rs = members.stream().map(reports::get).toList();
    List<FigureEstimate> figures = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    List<String> revisions = new ArrayList<>();
    figureGroups(linked).forEach((key, claims) -> {
      figures.add(estimate(key, claims));
      compare(key, claims, conflicts, revisions);
    });
    Set<String> sources = linked.stream().map(LinkedFact::source).collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> denials = denials(linked);
    IncidentStatus status;
    String reason;
    if (!denials.isEmpty() || !conflicts.isEmpty()) {
      status = IncidentStatus.CONTESTED;
      List<String> why = new ArrayList<>(denials);
      why.addAll(conflicts);
      reason = String.join("; ", why);
    } else if (sources.size() > 1) {
      status = IncidentStatus.CORROBORATED;
      reason = sources.size() + " independent sources agree: " + String.join(", ", sources);
    } else {
      status = IncidentStatus.SINGLE_SOURCE;
      reason = "only " + sources.iterator().next();
    }
    if (!revisions.isEmpty()) {
      reason += "; " + String.join("; ", revisions);
    }
    List<Window> windows = rs.stream().flatMap(r -> r.window().stream()).toList();
    List<Window> stated = windows.stream().filter(Window::stated).toList();
    List<Window> dating = stated.isEmpty() ? windows : stated;
    Optional<LocalDate> start = dating.stream().map(Window::start).min(Comparator.naturalOrder());
    Optional<LocalDate> end = dating.stream().map(Window::end).max(Comparator.naturalOrder());
    String eventType = rs.stream().flatMap(r -> r.anchor().eventType().stream())
        .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()))
        .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("unknown");
    Optional<Place> place = rs.stream().flatMap(r -> r.places().stream())
        .min(Comparator.comparingInt(p -> PRECISION_ORDER.indexOf(p.precision()) < 0 ? 99 : PRECISION_ORDER.indexOf(p.precision())));
    String id = "inc-" + ContentHash.of(reports.get(root).anchor().key().contentHash() + ":"
        + reports.get(root).anchor().key().index()).substring(0, 10);
    return new Incident(id, eventType, start, end, place, status, reason, sources.size(), linked, figures);
  }

  private static final List<String> PRECISION_ORDER = List.of("exact", "near", "admin2", "admin1", "region", "country");

  /** Who a fact counts as: the quoted claimant, or the outlet when it speaks in its own voice. */
  static String source(StoredFact f) {
    if (f.claimant().kind() == org.casus.model.ClaimantKind.UNATTRIBUTED) {
      return "outlet " + f.outlet();
    }
    return f.claimant().name() + f.claimant().side().map(s -> " [" + s + "]").orElse("");
  }

  private static List<String> denials(List<LinkedFact> linked) {
    List<String> out = new ArrayList<>();
    for (LinkedFact l : linked) {
      for (var d : l.fact().deniers()) {
        out.add("denied by " + d.name() + d.side().map(s -> " [" + s + "]").orElse("") + " in " + l.fact().label());
      }
      if (l.fact().stance() == Stance.DENIED && l.fact().deniers().isEmpty()) {
        out.add("denied by " + l.source() + " in " + l.fact().label());
      }
    }
    return out.stream().distinct().toList();
  }

  /** The claims of each figure: per type and outcome, one per document and source (its largest figure). */
  private static Map<String, List<LinkedFact>> figureGroups(List<LinkedFact> linked) {
    Map<String, Map<String, LinkedFact>> groups = new TreeMap<>();
    for (LinkedFact l : linked) {
      StoredFact f = l.fact();
      if (f.isEvent() || f.outcome().isEmpty() || f.stance() == Stance.DENIED) {
        continue;
      }
      String key = f.type() + "/" + f.outcome().get() + (f.type().equals("casualties") ? "" : "/" + f.subject().orElse("?"));
      groups.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .merge(f.documentId() + "|" + l.source(), l, (x, y) -> lower(y.fact().count()) > lower(x.fact().count()) ? y : x);
    }
    Map<String, List<LinkedFact>> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
    return out;
  }

  private static int lower(Count c) {
    return c.min().orElse(c.isVague() ? -1 : 0);
  }

  /** The upper bound, or empty when the count has none ("at least 10"). */
  private static OptionalInt upper(Count c) {
    return c.max();
  }

  private static FigureEstimate estimate(String key, List<LinkedFact> claims) {
    String[] parts = key.split("/", 2);
    List<LinkedFact> bounded = claims.stream().filter(l -> !l.fact().count().isVague()).toList();
    if (bounded.isEmpty()) {
      return new FigureEstimate(parts[0], parts[1], OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
          Optional.empty(), claims.size());
    }
    int low = bounded.stream().mapToInt(l -> lower(l.fact().count())).min().orElseThrow();
    int high = bounded.stream().mapToInt(l -> upper(l.fact().count()).orElse(lower(l.fact().count()))).max().orElseThrow();
    LinkedFact best = bounded.stream().min(Comparator
        .comparingInt((LinkedFact l) -> specificity(l.fact().count()))
        .thenComparing((LinkedFact l) -> l.fact().published().orElse(LocalDate.MIN), Comparator.reverseOrder())
        .thenComparing((LinkedFact l) -> -l.fact().confidence())).orElseThrow();
    Count c = best.fact().count();
    int value = c.min().isPresent() && c.max().isPresent() ? (c.min().getAsInt() + c.max().getAsInt()) / 2
        : c.min().orElseGet(() -> c.max().getAsInt());
    String from = best.fact().claimant().name() + " in " + best.fact().documentId()
        + best.fact().published().map(d -> " (" + d + ")").orElse("") + ", " + describe(c);
    return new FigureEstimate(parts[0], parts[1], OptionalInt.of(low), OptionalInt.of(value), OptionalInt.of(high),
        Optional.of(from), claims.size());
  }

  /** Exact figures first, then ranges, then one-sided bounds: the most specific claim gives the best estimate. */
  private static int specificity(Count c) {
    if (c.min().isPresent() && c.max().isPresent()) {
      return c.min().equals(c.max()) ? 0 : 1;
    }
    return c.min().isPresent() ? 2 : 3;
  }

  /** A count as a person reads it: "9", "at least 10", "up to 5", "3 to 5". */
  public static String describe(Count c) {
    if (c.isVague()) {
      return "an unstated number";
    }
    if (c.min().isPresent() && c.max().isEmpty()) {
      return "at least " + c.min().getAsInt();
    }
    if (c.min().isEmpty()) {
      return "up to " + c.max().getAsInt();
    }
    return c.min().equals(c.max()) ? String.valueOf(c.min().getAsInt()) : c.min().getAsInt() + " to " + c.max().getAsInt();
  }

  /**
   * Figures of different sources beyond each other's bounds contest each other, unless the higher one
   * was published later: a toll that rises with time is revised, not disputed.
   */
  private static void compare(String key, List<LinkedFact> claims, List<String> conflicts, List<String> revisions) {
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        LinkedFact a = claims.get(i);
        LinkedFact b = claims.get(j);
        if (a.source().equals(b.source()) || a.fact().count().isVague() || b.fact().count().isVague()) {
          continue;
        }
        LinkedFact lowClaim;
        LinkedFact highClaim;
        if (upper(a.fact().count()).isPresent() && upper(a.fact().count()).getAsInt() < lower(b.fact().count())) {
          lowClaim = a;
          highClaim = b;
        } else if (upper(b.fact().count()).isPresent() && upper(b.fact().count()).getAsInt() < lower(a.fact().count())) {
          lowClaim = b;
          highClaim = a;
        } else {
          continue;
        }
        String text = key + ": " + describe(lowClaim.fact().count()) + " (" + lowClaim.source() + ", "
            + lowClaim.fact().label() + ") and " + describe(highClaim.fact().count()) + " (" + highClaim.source()
            + ", " + highClaim.fact().label() + ")";
        Optional<LocalDate> lowDate = lowClaim.fact().published();
        Optional<LocalDate> highDate = highClaim.fact().published();
        if (lowDate.isPresent() && highDate.isPresent() && highDate.get().isAfter(lowDate.get())) {
          revisions.add("toll revised upward, " + text);
        } else {
          conflicts.add("figures beyond each other's bounds, " + text);
        }
      }
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

}
