package org.casus.time;

import java.util.Locale;

/** What a word of {@code time.tsv} does in a date expression; the codes are the file's second column. */
enum TimeWordKind {
  /** A day of the week, value 1 (Monday) to 7. */
  WEEKDAY,
  /** A month, value 1 to 12. */
  MONTH,
  /** A day number written as a word ("1er"). */
  DAY,
  /** A day counted from publication, value in days ("yesterday" -1). */
  DAY_OFFSET,
  /** Morning, evening...: absorbed after a day, it does not change the day. */
  PART_OF_DAY,
  /** The night that ends on the publication day. */
  NIGHT,
  /** Opens a night across two named days. */
  NIGHT_OF,
  /** Opens a period. */
  RANGE_FROM,
  /** Joins the two ends of a period. */
  RANGE_TO,
  /** From a day up to publication. */
  SINCE,
  /** The publication's week (0) or the week before (-1). */
  WEEK,
  /** The publication's month (0) or the month before (-1). */
  MONTH_RELATIVE,
  /** A determiner or preposition that may stand inside a date. */
  ARTICLE,
  /** What follows the digits of an ordinal day ("11th"). */
  ORDINAL_SUFFIX;

  static TimeWordKind fromCode(String code) {
    return valueOf(code.trim().replace('-', '_').toUpperCase(Locale.ROOT));
  }
}
