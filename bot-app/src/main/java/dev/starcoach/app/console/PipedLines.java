package dev.starcoach.app.console;

import dev.starcoach.core.engine.OpenPractice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Piped input: one line is one message, with no prompt and no editing. */
public final class PipedLines implements LineSource {
  private final BufferedReader in;

  public PipedLines(BufferedReader in) {
    this.in = in;
  }

  @Override
  public Optional<String> next(Optional<OpenPractice> open) {
    try {
      return Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
