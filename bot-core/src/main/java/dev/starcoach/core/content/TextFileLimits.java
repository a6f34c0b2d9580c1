package dev.starcoach.core.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Size and line-length limits for the text files the bot reads at start (settings, content packs,
 * scoring rules), checked before a parser sees them: the file size from the file system without
 * reading, the line length in one streaming pass that stops at the first line over the limit. So a
 * 10 MB single line or a 60 MB pack is refused in milliseconds with a clear message, instead of
 * keeping a YAML parser busy for minutes.
 *
 * @param maxBytes the largest file accepted
 * @param maxLineChars the longest line accepted
 */
public record TextFileLimits(long maxBytes, int maxLineChars) {

  /** Settings files: a few dozen short lines. */
  public static final TextFileLimits SETTINGS = new TextFileLimits(64 * 1024, 1_000);

  /** Content packs: the shipped ones are about 35 KB with lines under 250 characters. */
  public static final TextFileLimits CONTENT = new TextFileLimits(4L * 1024 * 1024, 20_000);

  /** Scoring rules: the shipped file is about 50 KB with lines under 2,500 characters. */
  public static final TextFileLimits RULES = new TextFileLimits(1024 * 1024, 20_000);

  /**
   * What is wrong with the file, or empty when it is within the limits (or cannot be read: the
   * caller's own read reports that).
   */
  public Optional<String> problem(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (size > maxBytes) {
      return Optional.of("too large: " + size + " bytes, the limit is " + maxBytes + " bytes");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 1;
      int length = 0;
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (c == '\n') {
          line++;
          length = 0;
        } else if (++length > maxLineChars) {
          return Optional.of("line " + line + " is longer than " + maxLineChars + " characters");
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
