package dev.starcoach.core.story.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * What one principle's rule found in a story: signals for it (the principle's substance, worth
 * {@value #SUBSTANCE} points, or support, worth {@value #SUPPORT}), signals against it, and what is
 * missing for the next level, each as a reason the person can read.
 */
final class Evidence {
  static final int SUBSTANCE = 2;
  static final int SUPPORT = 1;

  /** One thing found, with its reason and weight (negative against the principle). */
  record Signal(String reason, int weight, boolean substance) {}

  private final List<Signal> signals = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private int needs = 1;

  /**
   * How many kinds of substance the principle needs before it is usable (1 unless said): where one
   * signal alone is common in any story (a customer is named in most), two are asked for.
   */
  Evidence needs(int kinds) {
    this.needs = kinds;
    return this;
  }

  int needs() {
    return needs;
  }

  /** Substance when {@code quote} is not empty; otherwise {@code hint} is what is missing. */
  Evidence substance(String quote, String what, String hint) {
    if (quote.isEmpty()) {
      if (!hint.isEmpty()) {
        missing.add(hint);
      }
    } else {
      signals.add(new Signal(quoted(what, quote), SUBSTANCE, true));
    }
    return this;
  }

  /** Support when {@code quote} is not empty. */
  Evidence support(String quote, String what) {
    if (!quote.isEmpty()) {
      signals.add(new Signal(quoted(what, quote), SUPPORT, false));
    }
    return this;
  }

  /** A signal against the principle when {@code quote} is not empty, costing {@code points}. */
  Evidence against(String quote, String what, int points) {
    if (!quote.isEmpty()) {
      signals.add(new Signal(quoted(what, quote), -points, false));
    }
    return this;
  }

  /** What would take the story further, when nothing else says so. */
  Evidence hint(String hint) {
    missing.add(hint);
    return this;
  }

  List<Signal> signals() {
    return List.copyOf(signals);
  }

  List<String> missing() {
    return List.copyOf(missing);
  }

  /** The points of all signals. */
  int points() {
    int p = 0;
    for (Signal s : signals) {
      p += s.weight();
    }
    return p;
  }

  /** How many substance signals were found. */
  int substances() {
    int n = 0;
    for (Signal s : signals) {
      n += s.substance() ? 1 : 0;
    }
    return n;
  }

  private static String quoted(String what, String quote) {
    return what + ": \u201c" + quote + "\u201d";
  }
}
