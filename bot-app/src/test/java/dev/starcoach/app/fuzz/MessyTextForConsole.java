package dev.starcoach.app.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Chat-box mess for console lines: any Unicode (lone surrogates and control characters too), emoji,
 * right-to-left text and direction overrides, markdown, Slack and Discord mentions, STAR phrasing.
 */
final class MessyTextForConsole {
  private MessyTextForConsole() {}

  static Arbitrary<String> text() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(30),
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(6),
            Arbitraries.of("😀", "👩‍💻", "🔥🔥", "🇩🇪", "\uD83D", "\uDE00", "\uFEFF"),
            Arbitraries.of("שלום", "مرحبا بالعالم", "\u202Eevil\u202C", "\u200F", "e\u0301\u0301"),
            Arbitraries.of("**bold**", "# S", "- I did", "```x```", "> q", "[l](http://x)", "|a|"),
            Arbitraries.of("<@123456789012345678>", "<#98765>", "@everyone", "<!here>", "<@U0ABC>"),
            Arbitraries.of("I", "we", "didn't", "nobody asked me", "from 40% to 2%", "the team"),
            Arbitraries.strings().alpha().ofMaxLength(12));
    Arbitrary<List<String>> pieces = piece.list().ofMaxSize(25);
    return Combinators.combine(pieces, Arbitraries.of(" ", "", "\t"))
        .as((list, sep) -> String.join(sep, list));
  }
}
