package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentIdTest {
  private static final long BIG_USER = Long.parseUnsignedLong("18446744073709551615");

  @Test
  void givenEveryAction_whenFormattedAndParsed_thenTheSameIdComesBackWithinDiscordsLimit() {
    for (ComponentId.Action action : ComponentId.Action.values()) {
      // GIVEN the longest ids: the biggest snowflake and a 20-digit guild
      ComponentId id =
          new ComponentId(
              action,
              action == ComponentId.Action.OPTION ? 9 : 0,
              "p12",
              BIG_USER,
              "guild:18446744073709551615");

      // WHEN it goes through Discord and back
      String sent = id.format();

      // THEN it parses to the same id and fits Discord's 100 characters
      assertEquals(Optional.of(id), ComponentId.parse(sent));
      assertTrue(sent.length() <= 100, sent);
    }
  }

  @Test
  void givenForeignOrBrokenIds_whenParsed_thenEmpty() {
    assertEquals(Optional.empty(), ComponentId.parse(null));
    assertEquals(Optional.empty(), ComponentId.parse("other:a:s0:1:dm"));
    assertEquals(Optional.empty(), ComponentId.parse("sc:z:s0:1:dm"));
    assertEquals(Optional.empty(), ComponentId.parse("sc:a:s0:notanumber:dm"));
    assertEquals(Optional.empty(), ComponentId.parse("sc:a:s0:1:guild:12ab"));
    assertEquals(Optional.empty(), ComponentId.parse("sc:o0:q0:1:dm"));
    assertEquals(Optional.empty(), ComponentId.parse("sc:ax:s0:1:dm"));
    assertEquals(Optional.empty(), ComponentId.parse("sc:a:zz:1:dm"));
  }
}
