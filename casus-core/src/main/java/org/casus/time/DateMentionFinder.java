package org.casus.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.casus.model.DateRange;
import org.casus.model.Span;

/**
 * Finds the date expressions of a sentence and resolves them against the publication date.
 * Explicit days ("10 octobre 2020", "Oct. 10"), weekdays (the most recent such day on or before
 * publication), days counted from publication, nights across two days, periods between two days,
 * periods from a day up to publication, and the publication's or the previous week and month. A
 * month with its year stands for that month; a year alone, or a number that no month follows, is
 * no date.
 */
final class DateMentionFinder {
  private static final String DAY = "day";
  private static final String WEEK = "week";
  private static final String MONTH = "month";
  private static final String PERIOD = "period";
  private static final int LAST_DAY_NUMBER = 31;
  private static final int YEAR_DIGITS = 4;

  private final TimeLexicon lexicon;

  DateMentionFinder(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The date expressions of {@code text} (which starts at {@code offset}), in text order. */
  List<DateMention> find(String text, int offset, Optional<LocalDate> published) {
    List<Item> items = items(TimeWord.split(text, offset));
    List<DateMention> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      Optional<Found> found = at(items, i, published);
      if (found.isPresent()) {
        out.add(found.get().mention());
        i = found.get().next();
      } else {
        i++;
      }
    }
    return List.copyOf(out);
  }

  // ---- the words, tagged --------------------------------------------------------------------

  private enum Tag { WEEKDAY, MONTH, DAY, DAY_OFFSET, PART_OF_DAY, NIGHT, NIGHT_OF, RANGE_FROM,
    RANGE_TO, SINCE, WEEK, MONTH_RELATIVE, ARTICLE, YEAR, COMMA, OTHER }

  private record Item(Tag tag, int value, Span span) {}

  private List<Item> items(List<TimeWord> words) {
    List<Item> items = new ArrayList<>();
    int w = 0;
    while (w < words.size()) {
      Optional<TimeLexicon.Match> m = lexicon.longestAt(words, w);
      if (m.isPresent() && m.get().kind() != TimeWordKind.ORDINAL_SUFFIX) {
        Span span = words.get(w).span().union(words.get(w + m.get().length() - 1).span());
        items.add(new Item(tagOf(m.get().kind()), m.get().value(), span));
        w += m.get().length();
        continue;
      }
      items.add(numberOrOther(words.get(w)));
      w++;
    }
    return items;
  }

  private static Tag tagOf(TimeWordKind kind) {
    return switch (kind) {
      case WEEKDAY -> Tag.WEEKDAY;
      case MONTH -> Tag.MONTH;
      case DAY -> Tag.DAY;
      case DAY_OFFSET -> Tag.DAY_OFFSET;
      case PART_OF_DAY -> Tag.PART_OF_DAY;
      case NIGHT -> Tag.NIGHT;
      case NIGHT_OF -> Tag.NIGHT_OF;
      case RANGE_FROM -> Tag.RANGE_FROM;
      case RANGE_TO -> Tag.RANGE_TO;
      case SINCE -> Tag.SINCE;
      case WEEK -> Tag.WEEK;
      case MONTH_RELATIVE -> Tag.MONTH_RELATIVE;
      case ARTICLE -> Tag.ARTICLE;
      case ORDINAL_SUFFIX -> Tag.OTHER;
    };
  }

  private Item numberOrOther(TimeWord word) {
    String form = word.form();
    if (form.equals(",")) {
      return new Item(Tag.COMMA, 0, word.span());
    }
    int digits = 0;
    while (digits < form.length() && Character.isDigit(form.charAt(digits))) {
      digits++;
    }
    if (digits == 0) {
      return new Item(Tag.OTHER, 0, word.span());
    }
    String suffix = form.substring(digits);
    if (!suffix.isEmpty() && !lexicon.isOrdinalSuffix(suffix)) {
      return new Item(Tag.OTHER, 0, word.span());
    }
    int value = Integer.parseInt(form.substring(0, Math.min(digits, YEAR_DIGITS + 1)));
    if (suffix.isEmpty() && digits == YEAR_DIGITS) {
      return new Item(Tag.YEAR, value, word.span());
    }
    if (digits <= 2 && value >= 1 && value <= LAST_DAY_NUMBER) {
      return new Item(Tag.DAY, value, word.span());
    }
    return new Item(Tag.OTHER, 0, word.span());
  }

  // ---- points: the ends of a date expression, before resolution -------------------------------

  private sealed interface Point permits Calendar, MonthOf, YearOnly, BareDay, Weekday, Offset {}

  private record Calendar(int day, int month, OptionalInt year) implements Point {}

  private record MonthOf(int month, OptionalInt year) implements Point {}

  private record YearOnly(int year) implements Point {}

  private record BareDay(int day) implements Point {}

  private record Weekday(DayOfWeek day) implements Point {}

  private record Offset(int days) implements Point {}

  private record Parsed(Point point, Span span, int next) {}

  private record Found(DateMention mention, int next) {}

  private static boolean is(List<Item> items, int i, Tag tag) {
    return i < items.size() && items.get(i).tag() == tag;
  }

  private static int skipArticles(List<Item> items, int i) {
    while (is(items, i, Tag.ARTICLE)) {
      i++;
    }
    return i;
  }

  private static int absorbPartOfDay(List<Item> items, int i) {
    return is(items, i, Tag.PART_OF_DAY) ? i + 1 : i;
  }

  private static Span span(List<Item> items, int from, int next) {
    return items.get(from).span().union(items.get(next - 1).span());
  }

  private static Optional<Parsed> point(List<Item> items, int i) {
    if (i >= items.size()) {
      return Optional.empty();
    }
    Item item = items.get(i);
    switch (item.tag()) {
      case WEEKDAY -> {
        int j = is(items, i + 1, Tag.COMMA) ? i + 2 : i + 1;
        Optional<Parsed> date = point(items, j);
        if (date.isPresent() && date.get().point() instanceof Calendar) {
          return Optional.of(new Parsed(date.get().point(), span(items, i, date.get().next()), date.get().next()));
        }
        int next = absorbPartOfDay(items, i + 1);
        return Optional.of(new Parsed(new Weekday(DayOfWeek.of(item.value())), span(items, i, next), next));
      }
      case DAY -> {
        int j = skipArticles(items, i + 1);
        if (is(items, j, Tag.MONTH)) {
          OptionalInt year = OptionalInt.empty();
          int next = j + 1;
          int y = is(items, next, Tag.COMMA) ? next + 1 : next;
          if (is(items, y, Tag.YEAR)) {
            year = OptionalInt.of(items.get(y).value());
            next = y + 1;
          }
          next = absorbPartOfDay(items, next);
          return Optional.of(new Parsed(new Calendar(item.value(), items.get(j).value(), year), span(items, i, next), next));
        }
        return Optional.of(new Parsed(new BareDay(item.value()), item.span(), i + 1));
      }
      case MONTH -> {
        int j = i + 1;
        if (is(items, j, Tag.DAY)) {
          OptionalInt year = OptionalInt.empty();
          int next = j + 1;
          int y = is(items, next, Tag.COMMA) ? next + 1 : next;
          if (is(items, y, Tag.YEAR)) {
            year = OptionalInt.of(items.get(y).value());
            next = y + 1;
          }
          next = absorbPartOfDay(items, next);
          return Optional.of(new Parsed(new Calendar(items.get(j).value(), item.value(), year), span(items, i, next), next));
        }
        if (is(items, j, Tag.YEAR)) {
          return Optional.of(new Parsed(new MonthOf(item.value(), OptionalInt.of(items.get(j).value())), span(items, i, j + 1), j + 1));
        }
        return Optional.of(new Parsed(new MonthOf(item.value(), OptionalInt.empty()), item.span(), i + 1));
      }
      case YEAR -> {
        return Optional.of(new Parsed(new YearOnly(item.value()), item.span(), i + 1));
      }
      case DAY_OFFSET -> {
        int next = absorbPartOfDay(items, i + 1);
        return Optional.of(new Parsed(new Offset(item.value()), span(items, i, next), next));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  // ---- expressions --------------------------------------------------------------------------

  private Optional<Found> at(List<Item> items, int i, Optional<LocalDate> pub) {
    Item item = items.get(i);
    switch (item.tag()) {
      case SINCE -> {
        Optional<Parsed> from = point(items, skipArticles(items, i + 1));
        if (from.isEmpty() || from.get().point() instanceof BareDay) {
          return Optional.empty();
        }
        Optional<DateRange> range = pub.flatMap(p -> first(from.get().point(), pub, p)
            .filter(start -> !start.isAfter(p))
            .map(start -> new DateRange(start, p, PERIOD, Optional.of(span(items, i, from.get().next())))));
        return found(items, i, from.get().next(), range);
      }
      case NIGHT_OF -> {
        Optional<Parsed> from = point(items, skipArticles(items, i + 1));
        if (from.isEmpty() || !isDayPoint(from.get().point())) {
          return found(items, i, i + 1, night(pub, -1, item.span()));
        }
        Optional<Found> pair = pair(items, i, from.get(), pub);
        if (pair.isPresent()) {
          return pair;
        }
        // A night named by its first day runs into the next.
        Span s = span(items, i, from.get().next());
        Optional<DateRange> range = last(from.get().point(), pub, pub.orElse(null))
            .map(d -> new DateRange(d, d.plusDays(1), PERIOD, Optional.of(s)));
        return found(items, i, from.get().next(), range);
      }
      case RANGE_FROM -> {
        Optional<Parsed> from = point(items, skipArticles(items, i + 1));
        return from.isEmpty() ? Optional.empty() : pair(items, i, from.get(), pub);
      }
      case WEEKDAY, DAY, MONTH, DAY_OFFSET -> {
        Optional<Parsed> p = point(items, i);
        if (p.isEmpty()) {
          return Optional.empty();
        }
        Optional<Found> pair = pair(items, i, p.get(), pub);
        if (pair.isPresent()) {
          return pair;
        }
        return alone(items, i, p.get(), pub);
      }
      case NIGHT -> {
        return found(items, i, i + 1, night(pub, item.value(), item.span()));
      }
      case WEEK -> {
        Optional<DateRange> range = pub.map(p -> {
          LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(item.value());
          LocalDate end = item.value() < 0 ? monday.plusDays(DayOfWeek.values().length - 1) : p;
          return new DateRange(monday, end, WEEK, Optional.of(item.span()));
        });
        return found(items, i, i + 1, range);
      }
      case MONTH_RELATIVE -> {
        Optional<DateRange> range = pub.map(p -> {
          YearMonth month = YearMonth.from(p).plusMonths(item.value());
          LocalDate end = item.value() < 0 ? month.atEndOfMonth() : p;
          return new DateRange(month.atDay(1), end, MONTH, Optional.of(item.span()));
        });
        return found(items, i, i + 1, range);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static Optional<Found> found(List<Item> items, int from, int next, Optional<DateRange> range) {
    return Optional.of(new Found(new DateMention(span(items, from, next), range), next));
  }

  private static Optional<DateRange> night(Optional<LocalDate> pub, int offset, Span span) {
    return pub.map(p -> new DateRange(p.plusDays(offset), p, PERIOD, Optional.of(span)));
  }

  /** A single point standing for itself: a day, or a month of a stated year. */
  private static Optional<Found> alone(List<Item> items, int i, Parsed p, Optional<LocalDate> pub) {
    Optional<Span> mention = Optional.of(p.span());
    Point point = p.point();
    if (point instanceof Calendar || point instanceof Weekday || point instanceof Offset) {
      return found(items, i, p.next(), last(point, pub, pub.orElse(null)).map(d -> DateRange.day(d, mention)));
    }
    if (point instanceof MonthOf m && m.year().isPresent()) {
      YearMonth month = YearMonth.of(m.year().getAsInt(), m.month());
      return found(items, i, p.next(),
          Optional.of(new DateRange(month.atDay(1), month.atEndOfMonth(), MONTH, mention)));
    }
    return Optional.empty();
  }

  /** "X to Y" after {@code from}: a period whose end bounds its start. */
  private static Optional<Found> pair(List<Item> items, int i, Parsed from, Optional<LocalDate> pub) {
    if (!is(items, from.next(), Tag.RANGE_TO)) {
      return Optional.empty();
    }
    Optional<Parsed> to = point(items, skipArticles(items, from.next() + 1));
    if (to.isEmpty() || !(to.get().point() instanceof Calendar || to.get().point() instanceof Weekday
        || to.get().point() instanceof Offset
        || to.get().point() instanceof MonthOf m && m.year().isPresent())) {
      return Optional.empty();
    }
    if (from.point() instanceof BareDay && !(to.get().point() instanceof Calendar)) {
      return Optional.empty();
    }
    if (from.point() instanceof YearOnly || from.point() instanceof Offset && to.get().point() instanceof Calendar) {
      return Optional.empty();
    }
    Span s = span(items, i, to.get().next());
    Optional<DateRange> range = last(to.get().point(), pub, pub.orElse(null)).flatMap(end -> {
      Optional<LocalDate> start = from.point() instanceof BareDay b
          ? withDay(end, b.day())
          : first(from.point(), pub, end);
      return start.filter(st -> !st.isAfter(end)).map(st -> new DateRange(st, end, PERIOD, Optional.of(s)));
    });
    return found(items, i, to.get().next(), range);
  }

  private static boolean isDayPoint(Point p) {
    return p instanceof Calendar || p instanceof Weekday || p instanceof Offset || p instanceof BareDay;
  }

  private static Optional<LocalDate> withDay(LocalDate end, int day) {
    LocalDate month = day <= end.getDayOfMonth() ? end : end.minusMonths(1);
    try {
      return Optional.of(month.withDayOfMonth(day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The first day a point covers, on or before {@code notAfter} when its year is not given. */
  private static Optional<LocalDate> first(Point p, Optional<LocalDate> pub, LocalDate notAfter) {
    if (p instanceof MonthOf m) {
      return year(m.year(), m.month(), 1, notAfter);
    }
    if (p instanceof YearOnly y) {
      return Optional.of(LocalDate.of(y.year(), 1, 1));
    }
    return last(p, pub, notAfter);
  }

  /**
   * The last day a point covers; a point without its year, a weekday or an offset lies on or
   * before {@code notAfter} (null when the document has no publication date).
   */
  private static Optional<LocalDate> last(Point p, Optional<LocalDate> pub, LocalDate notAfter) {
    if (p instanceof Calendar c) {
      return year(c.year(), c.month(), c.day(), notAfter);
    }
    if (p instanceof Weekday w) {
      return Optional.ofNullable(notAfter).map(d -> d.with(TemporalAdjusters.previousOrSame(w.day())));
    }
    if (p instanceof Offset o) {
      return pub.map(d -> d.plusDays(o.days()));
    }
    if (p instanceof MonthOf m) {
      return year(m.year(), m.month(), 1, notAfter).map(d -> YearMonth.from(d).atEndOfMonth());
    }
    if (p instanceof YearOnly y) {
      return Optional.of(LocalDate.of(y.year(), 12, 31));
    }
    return Optional.empty();
  }

  /** The day of a stated year, or of the latest year that puts it on or before {@code notAfter}. */
  private static Optional<LocalDate> year(OptionalInt year, int month, int day, LocalDate notAfter) {
    if (year.isPresent()) {
      return valid(year.getAsInt(), month, day);
    }
    if (notAfter == null) {
      return Optional.empty();
    }
    Optional<LocalDate> same = valid(notAfter.getYear(), month, day).filter(d -> !d.isAfter(notAfter));
    return same.isPresent() ? same : valid(notAfter.getYear() - 1, month, day);
  }

  private static Optional<LocalDate> valid(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
