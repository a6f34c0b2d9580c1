package dev.starcoach.core.scoring.rules;

import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Adds up one score from a base, and keeps the findings that explain it (one per category). */
final class Tally {
  /**
   * One finding with the points it moved; the part prefix ("Action: ") is kept apart and joined to
   * the text only when the message is read.
   */
  record Entry(
      FindingCategory category, double points, String prefix, String text, String evidence) {
    String message() {
      return prefix.isEmpty() ? text : prefix + text;
    }
  }

  private double score;
  private final List<Entry> entries = new ArrayList<>();

  Tally(double base) {
    this.score = base;
  }

  void strength(FindingCategory c, double points, String message, String evidence) {
    score += points;
    record(c, points, "", message, evidence);
  }

  void issue(FindingCategory c, double points, String message, String evidence) {
    score -= points;
    record(c, points, "", message, evidence);
  }

  /** Records a finding without moving the score; {@code weight} only orders the findings. */
  void flag(FindingCategory c, double weight, String message) {
    record(c, weight, "", message, "");
  }

  /** The same with evidence. */
  void flag(FindingCategory c, double weight, String message, String evidence) {
    record(c, weight, "", message, evidence);
  }

  void adjust(double points) {
    score += points;
  }

  void capAt(double max) {
    score = Math.min(score, max);
  }

  double raw() {
    return score;
  }

  private void record(
      FindingCategory c, double points, String prefix, String text, String evidence) {
    String ev = evidence == null ? "" : evidence;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.category() == c) {
        if (points > e.points()) {
          entries.set(i, new Entry(c, points, prefix, text, ev));
        }
        return;
      }
    }
    entries.add(new Entry(c, points, prefix, text, ev));
  }

  void merge(Tally other, String prefix) {
    for (Entry e : other.entries) {
      String p = prefix.isEmpty() ? e.prefix() : prefix + e.prefix();
      record(e.category(), e.points(), p, e.text(), e.evidence());
    }
  }

  boolean has(FindingCategory c) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).category() == c) {
        return true;
      }
    }
    return false;
  }

  int score() {
    return (int) Math.round(Math.max(0, Math.min(100, score)));
  }

  List<Entry> ordered() {
    List<Entry> out = new ArrayList<>(entries);
    out.sort(
        Comparator.comparing((Entry e) -> e.category().kind() == FindingKind.ISSUE ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Entry::points).reversed()));
    return out;
  }

  List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    for (Entry e : ordered()) {
      out.add(new Finding(e.category(), e.message(), clip(e.evidence())));
    }
    return out;
  }

  static String clip(String evidence) {
    if (evidence == null) {
      return "";
    }
    String s = evidence.strip();
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
