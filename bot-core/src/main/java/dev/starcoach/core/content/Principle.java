package dev.starcoach.core.content;

import java.util.Locale;
import java.util.Optional;

/** The sixteen Amazon Leadership Principles, with the names people type for them. */
public enum Principle {
  CUSTOMER_OBSESSION("Customer Obsession", "co", "customer"),
  OWNERSHIP("Ownership", "own"),
  INVENT_AND_SIMPLIFY("Invent and Simplify", "invent", "simplify"),
  ARE_RIGHT_A_LOT("Are Right, A Lot", "right", "are right a lot"),
  LEARN_AND_BE_CURIOUS("Learn and Be Curious", "curious", "learn"),
  HIRE_AND_DEVELOP_THE_BEST("Hire and Develop the Best", "hire", "develop"),
  INSIST_ON_THE_HIGHEST_STANDARDS("Insist on the Highest Standards", "standards"),
  THINK_BIG("Think Big", "big"),
  BIAS_FOR_ACTION("Bias for Action", "bias", "action"),
  FRUGALITY("Frugality", "frugal"),
  EARN_TRUST("Earn Trust", "trust"),
  DIVE_DEEP("Dive Deep", "deep"),
  HAVE_BACKBONE("Have Backbone, Disagree and Commit", "backbone", "disagree and commit"),
  DELIVER_RESULTS("Deliver Results", "results", "deliver"),
  EARTHS_BEST_EMPLOYER("Strive to be Earth's Best Employer", "best employer", "employer"),
  BROAD_RESPONSIBILITY("Success and Scale Bring Broad Responsibility", "responsibility", "scale");

  private final String displayName;
  private final String[] aliases;

  Principle(String displayName, String... aliases) {
    this.displayName = displayName;
    this.aliases = aliases;
  }

  /** The principle's name as Amazon writes it. */
  public String displayName() {
    return displayName;
  }

  /** A stable kebab-case id ({@code customer-obsession}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a principle from its display name, id, enum name or a short alias, ignoring case,
   * punctuation and spacing ("Customer Obsession", "customer-obsession", "bias").
   */
  public static Optional<Principle> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = normalise(text);
    for (Principle p : values()) {
      if (normalise(p.displayName).equals(wanted)
          || normalise(p.name()).equals(wanted)
          || normalise(p.id()).equals(wanted)) {
        return Optional.of(p);
      }
    }
    for (Principle p : values()) {
      for (String alias : p.aliases) {
        if (normalise(alias).equals(wanted)) {
          return Optional.of(p);
        }
      }
    }
    if (wanted.equals("havebackbonedisagreeandcommit") || wanted.equals("havebackbone")) {
      return Optional.of(HAVE_BACKBONE);
    }
    return Optional.empty();
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
