package dev.starcoach.core.testing;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small test pack (one walkthrough, one short question), loaded through the real loader. */
public final class TestBank {
  /** The id of the test pack's full walkthrough. */
  public static final String WALKTHROUGH_ID = "test-stale-cache";

  private TestBank() {}

  /** Loads the test pack from the test-jar's resources. */
  public static QuestionBank load() {
    try (InputStream in = TestBank.class.getResourceAsStream("/packs/test-pack.yaml")) {
      if (in == null) {
        throw new IllegalStateException("test pack missing from the classpath");
      }
      Path file = Files.createTempFile("test-pack", ".yaml");
      Files.write(file, in.readAllBytes());
      file.toFile().deleteOnExit();
      return new ContentLoader().load(List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
