package org.casus.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold the article: every paragraph of real prose votes for its nearest
 * ancestors, votes are discounted by link density, and the winner is joined by those of its siblings
 * that look like more of the same article.
 */
final class ContentLocator {
  private static final int MIN_PARAGRAPH = 25;
  private static final int ANCESTOR_LEVELS = 5;
  /** Candidates this close to the best one, when several, say the article is split across them. */
  private static final double RIVAL_SHARE = 0.75;
  private static final int RIVALS_TO_MERGE = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

  private final boolean weighClasses;

  ContentLocator(boolean weighClasses) {
    this.weighClasses = weighClasses;
  }

  /** The article's elements in document order; the scope itself when nothing scores. */
  List<Element> locate(Element scope, TextStatistics stats) {
    Map<Element, Double> scores = score(scope, stats);
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double finalScore = entry.getValue() * (1 - stats.of(entry.getKey()).linkDensity());
      entry.setValue(finalScore);
      if (finalScore > best) {
        best = finalScore;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return List.of(scope);
    }
    top = widenToRivals(top, scores, scope);
    top = climbToRicherParent(top, scores, scope);
    top = climbOutOfOnlyChildren(top, scope);
    return withMatchingSiblings(top, scores, stats, scope);
  }

  private Map<Element, Double> score(Element scope, TextStatistics stats) {
    Map<Element, int[]> looseText = new IdentityHashMap<>();
    List<Element> holders = new ArrayList<>();
    Deque<Element> blocks = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && HtmlTags.isBlock(e)) {
          blocks.push(e);
        } else if (node instanceof TextNode t && !t.isBlank() && !blocks.isEmpty()) {
          int[] lengthAndCommas = looseText.computeIfAbsent(blocks.peek(), k -> {
            holders.add(k);
            return new int[2];
          });
          String text = t.text();
          lengthAndCommas[0] += TextStatistics.visibleLength(text);
          lengthAndCommas[1] += (int) text.chars().filter(c -> c == ',').count();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && HtmlTags.isBlock(e) && !blocks.isEmpty()
            && blocks.peek() == e) {
          blocks.pop();
        }
      }
    }, scope);

    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element holder : holders) {
      int[] lengthAndCommas = looseText.get(holder);
      int length = lengthAndCommas[0];
      if (length < MIN_PARAGRAPH || HtmlTags.isHeading(holder)) {
        continue;
      }
      double vote = 1 + lengthAndCommas[1] + Math.min(length / 100, 3);
      Element ancestor = holder == scope
          || HtmlTags.isContainer(holder) && !holder.normalName().equals("li")
          ? holder
          : holder.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
        if (ancestor.parent() == null || ancestor.normalName().equals("html")) {
          break;
        }
        boolean last = ancestor == scope;
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element candidate = ancestor;
        scores.merge(candidate, initialScore(candidate) + vote / divider,
            (old, ignored) -> old + vote / divider);
        if (last) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    return scores;
  }

  private double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "th" -> -5;
      default -> HtmlTags.isHeading(e) ? -5 : 0;
    };
    return weighClasses ? score + ElementHints.classWeight(e) : score;
  }

  /** When several near-best candidates share an ancestor, the article spans them all. */
  private static Element widenToRivals(Element top, Map<Element, Double> scores, Element scope) {
    double topScore = scores.getOrDefault(top, 0.0);
    List<Element> rivals = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getKey() != top && entry.getValue() >= topScore * RIVAL_SHARE) {
        rivals.add(entry.getKey());
      }
    }
    if (rivals.size() < RIVALS_TO_MERGE) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && ancestor != scope;
        ancestor = ancestor.parent()) {
      int contained = 0;
      for (Element rival : rivals) {
        if (isAncestor(ancestor, rival)) {
          contained++;
        }
      }
      if (contained >= RIVALS_TO_MERGE) {
        return ancestor;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** A parent that scores higher than its best child holds more of the article than that child. */
  private static Element climbToRicherParent(Element top, Map<Element, Double> scores, Element scope) {
    double lastScore = scores.getOrDefault(top, 0.0);
    double threshold = lastScore / 3;
    for (Element parent = top.parent(); parent != null && parent != scope; parent = parent.parent()) {
      Double parentScore = scores.get(parent);
      if (parentScore == null) {
        continue;
      }
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > lastScore) {
        return parent;
      }
      lastScore = parentScore;
    }
    return top;
  }

  private static Element climbOutOfOnlyChildren(Element top, Element scope) {
    Element current = top;
    while (current.parent() != null && current.parent() != scope
        && current.parent().childrenSize() == 1) {
      current = current.parent();
    }
    return current;
  }

  private List<Element> withMatchingSiblings(
      Element top, Map<Element, Double> scores, TextStatistics stats, Element scope) {
    Element parent = top.parent();
    if (parent == null || top == scope) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
          ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        roots.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        TextStatistics.Counts counts = stats.of(sibling);
        double linkDensity = counts.linkDensity();
        String text = sibling.text();
        if ((counts.textLength > 80 && linkDensity < 0.25)
            || (counts.textLength > 0 && counts.textLength <= 80 && linkDensity == 0
                && SENTENCE_END.matcher(text).find())) {
          roots.add(sibling);
        }
      }
    }
    return roots;
  }
}
