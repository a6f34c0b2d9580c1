package dev.starcoach.core.story.fit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the principles' own names and the slogans built on them out of a text before it is read ("I
 * took ownership", "customer obsession", "dove deep", "raised the bar"): naming a principle is not
 * evidence of it, so the estimator never sees the names and stuffing a story with them cannot raise
 * a cell.
 */
final class NameMask {
  private static final List<Pattern> NAMES =
      List.of(
              "customer[- ]obsess\\w*",
              "customer[- ]first",
              "customer[- ]centric\\w*",
              "(?:took|take|takes|taking|showed|show|shows|showing|demonstrated|demonstrate)"
                  + "(?: full| complete| real| great| strong| extreme| total)? ownership",
              "(?:sense|spirit) of ownership",
              "ownership",
              "invent(?:ed|ing|s)? and simplif\\w*",
              "(?:are|be|being|was|were) right,? a lot",
              "right a lot",
              "learn(?:ed|ing|s)? and (?:be |being )?curious",
              "curious\\w*",
              "curiosity",
              "hir(?:e|ed|ing) and develop(?:ed|ing)?(?: the best)?",
              "develop(?:ed|ing|s)? the best",
              "(?:insist(?:ed|ing|s)? on )?(?:the )?(?:highest|high) standards?",
              "(?:raise|raised|raising|raises|set|setting) the bar",
              "(?:high|higher) bar",
              "think(?:ing|s)? big",
              "bias (?:for|towards?) action",
              "frugal\\w*",
              "(?:earn|earned|earning|earns|build|built|building|gain|gained|win|won) (?:their |the |her |his "
                  + "|everyone's |everyones )?trust",
              "trust\\w*",
              "(?:dive|dove|dived|diving|dives) deep(?:er|ly)?",
              "deep[- ]?div\\w*",
              "(?:have|had|having|has|showed|show) backbone",
              "backbone",
              "disagree(?:d)? and commit(?:ted)?",
              "deliver(?:ed|ing|s)? (?:great |strong |real )?results",
              "results?[- ](?:driven|oriented|focused)",
              "(?:earth's )?best employer",
              "broad responsibility",
              "leadership principles?",
              "data[- ]driven",
              "(?:go|goes|going|went|gone) (?:above and beyond|the extra mile)",
              "above and beyond",
              "the extra mile")
          .stream()
          .map(p -> Pattern.compile("\\b" + p + "\\b", Pattern.CASE_INSENSITIVE))
          .toList();

  private NameMask() {}

  /** The text without principle names, spaces tidied; never null. */
  static String mask(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String out = text.replace('\u2019', '\'');
    for (Pattern p : NAMES) {
      out = p.matcher(out).replaceAll("");
    }
    return out.replaceAll("[ \\t]{2,}", " ").replaceAll(" ([.,;!?])", "$1").strip();
  }
}
