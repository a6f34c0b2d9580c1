package dev.starcoach.app.console;

import dev.starcoach.core.engine.OpenPractice;
import java.util.Optional;

/**
 * Where the console's messages come from: each call gives one whole message (a command, or an
 * answer that may span several lines), or empty at the end of input.
 */
public interface LineSource {

  /**
   * The next message.
   *
   * @param open the practice open now, to show in the prompt
   */
  Optional<String> next(Optional<OpenPractice> open);
}
