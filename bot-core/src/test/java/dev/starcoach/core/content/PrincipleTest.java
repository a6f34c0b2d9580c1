package dev.starcoach.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrincipleTest {
  @Test
  void everyPrincipleParsesFromItsNameAndIdAndTypicalSpellings() {
    for (Principle p : Principle.values()) {
      assertEquals(Optional.of(p), Principle.parse(p.displayName()));
      assertEquals(Optional.of(p), Principle.parse(p.id()));
      assertEquals(Optional.of(p), Principle.parse(p.displayName().toUpperCase()));
    }
    assertEquals(Optional.of(Principle.BIAS_FOR_ACTION), Principle.parse("bias"));
    assertEquals(
        Optional.of(Principle.HAVE_BACKBONE),
        Principle.parse("Have Backbone; Disagree and Commit"));
    assertTrue(Principle.parse("be nice").isEmpty());
    assertEquals(16, Principle.values().length);
  }
}
