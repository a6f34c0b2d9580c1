package dev.starcoach.core.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of what people (and bots) really paste into a chat box: any Unicode including lone
 * surrogates and control characters, emoji sequences, right-to-left text and direction overrides,
 * combining marks, markdown, Slack and Discord mention syntax, and STAR phrasing mixed in so the
 * rules actually fire.
 */
public final class MessyText {
  private MessyText() {}

  /** One chunk of mess. */
  public static Arbitrary<String> piece() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u007f', '\u009f').ofMinLength(1).ofMaxLength(4),
        Arbitraries.of(
            "😀", "👩‍💻", "🔥🔥🔥", "✅", "🇩🇪", "👍🏽", "\uD83D", "\uDE00", "\uFFFD", "\uFEFF",
            "\u0000"),
        Arbitraries.of(
            "שלום עולם",
            "مرحبا بالعالم، لقد أصلحت الخلل",
            "\u202Eevil\u202C",
            "\u200F",
            "\u200B",
            "\u200D",
            "e\u0301\u0301\u0301",
            "Z\u0324\u0354\u0367\u0311\u0313",
            "İstanbul ǅ ß ﬁ",
            "日本語のテキスト"),
        Arbitraries.of(
            "**I fixed it**",
            "# Situation",
            "## Result:",
            "- I measured the latency",
            "* we shipped",
            "1. I wrote the fix",
            "```java\nint x = 1;\n```",
            "> quoted",
            "[link](https://example.com)",
            "| a | b |",
            "~~strike~~",
            "`inline`",
            "S: T: A: R: L:",
            "---"),
        Arbitraries.of(
            "<@123456789012345678>",
            "<@!123456789012345678>",
            "<#987654321098765432>",
            "<@&555555555555555555>",
            "@everyone",
            "@here",
            "<!here>",
            "<!channel>",
            "<@U024BE7LH>",
            "<#C024BE7LH|general>",
            ":thumbsup:",
            "<https://example.com|a link>"),
        Arbitraries.of(
            "I",
            "we",
            "didn't",
            "not",
            "nobody asked me",
            "it wasn't my team",
            "from 40% to 2%",
            "saved $12,000 a month",
            "the team was happy",
            "I learned communication is important",
            "I sent a Slack message and they handled it",
            "3x faster",
            "i guess maybe",
            "...",
            "?!"),
        Arbitraries.strings().alpha().ofMaxLength(14),
        Arbitraries.strings().numeric().ofMaxLength(10));
  }

  /** Pieces joined by spaces, newlines, tabs or nothing. */
  public static Arbitrary<String> text() {
    Arbitrary<List<String>> pieces = piece().list().ofMaxSize(50);
    Arbitrary<String> separator = Arbitraries.of(" ", "", "\n", "\t", "  ", "\r\n");
    return Combinators.combine(pieces, separator).as((list, sep) -> String.join(sep, list));
  }
}
