package dev.starcoach.discord;

import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;

/** An assessment's strengths and issues as embed fields, within Discord's field limits. */
final class Findings {
  private static final int MAX_FINDINGS = 6;

  private Findings() {}

  /** Adds Strengths and To work on (or one line saying nothing stood out). */
  static void addTo(EmbedBuilder e, Assessment a) {
    List<Finding> strengths = a.findings(FindingKind.STRENGTH);
    List<Finding> issues = a.findings(FindingKind.ISSUE);
    if (!strengths.isEmpty()) {
      e.addField("Strengths", list(strengths, "✅"), false);
    }
    if (!issues.isEmpty()) {
      e.addField("To work on", list(issues, "🔧"), false);
    }
    if (strengths.isEmpty() && issues.isEmpty()) {
      e.addField("Findings", "Nothing stood out either way.", false);
    }
  }

  private static String list(List<Finding> findings, String mark) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Finding f : findings) {
      if (shown == MAX_FINDINGS) {
        out.append("…and ").append(findings.size() - shown).append(" more");
        break;
      }
      StringBuilder line =
          new StringBuilder(mark)
              .append(" `")
              .append(f.category().id())
              .append("` ")
              .append(Markup.clip(f.message(), 200));
      if (!f.evidence().isBlank()) {
        line.append(" (\"").append(Markup.escapeLine(Markup.clip(f.evidence(), 80))).append("\")");
      }
      line.append('\n');
      if (out.length() + line.length() > 1000) {
        out.append("…and ").append(findings.size() - shown).append(" more");
        break;
      }
      out.append(line);
      shown++;
    }
    return out.toString().strip();
  }
}
