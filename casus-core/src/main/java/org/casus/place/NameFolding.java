package org.casus.place;

import java.util.Locale;
import java.util.regex.Pattern;
import org.casus.lexicon.Marks;

/**
 * Folds a place name to its look-up key: lower case, accents, apostrophes and dots removed, letters
 * that do not decompose mapped by hand, every other separator turned into one space. "Gəncə",
 * "GANCA" and "Gäncä" all give "gence"/"ganca" keys that the index holds; "Nagorno-Karabakh" gives
 * "nagorno karabakh". Must stay in step with fold() in casus-gazetteer/build/build-index.mjs, which
 * folds the names of the index the same way.
 */
public final class NameFolding {
  private static final Pattern DROPPED = Pattern.compile("['\u2019\u2018\u02bc\u02bb`\u00b4.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String UNDECOMPOSED = "əǝıøłđðßæœþħŀ";
  private static final String[] REPLACEMENTS = {
    "e", "e", "i", "o", "l", "d", "d", "ss", "ae", "oe", "th", "h", "l"
  };

  private NameFolding() {}

  public static String fold(String name) {
    return Marks.isAscii(name) ? foldAscii(name) : foldAny(name);
  }

  /** The folding of any name, through Unicode decomposition and the patterns above. */
  static String foldAny(String name) {
    String s = Marks.strip(name.toLowerCase(Locale.ROOT));
    s = mapUndecomposed(s);
    s = DROPPED.matcher(s).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").strip();
  }

  /** The same folding for a name in ASCII, which has no marks to strip: the common case, without regexes. */
  private static String foldAscii(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '`' || c == '.') {
        continue;
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(pendingSpace && out.length() > 0 ? " " : "").append(c);
        pendingSpace = false;
      } else if (c >= 'A' && c <= 'Z') {
        out.append(pendingSpace && out.length() > 0 ? " " : "").append((char) (c + ('a' - 'A')));
        pendingSpace = false;
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static String mapUndecomposed(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      int k = UNDECOMPOSED.indexOf(s.charAt(i));
      if (k >= 0 && out == null) {
        out = new StringBuilder(s.length() + 2).append(s, 0, i);
      }
      if (out != null) {
        if (k >= 0) {
          out.append(REPLACEMENTS[k]);
        } else {
          out.append(s.charAt(i));
        }
      }
    }
    return out == null ? s : out.toString();
  }
}
