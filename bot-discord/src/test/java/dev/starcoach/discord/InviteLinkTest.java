package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

class InviteLinkTest {

  @Test
  void givenAnApplication_whenTheInviteIsBuilt_thenItHasExactlyTheTwoScopesAndTheNeededBits() {
    // GIVEN the permission bits Discord documents for each permission we need
    long expected =
        (1L << 10) // View Channels
            | (1L << 11) // Send Messages
            | (1L << 38) // Send Messages in Threads
            | (1L << 36) // Create Private Threads
            | (1L << 35) // Create Public Threads
            | (1L << 14) // Embed Links
            | (1L << 15) // Attach Files
            | (1L << 16) // Read Message History
            | (1L << 31); // Use Application Commands

    // WHEN the invite is built
    String url = InviteLink.url(123456789012345678L);

    // THEN it asks for exactly those
    assertEquals(
        "https://discord.com/oauth2/authorize?client_id=123456789012345678"
            + "&scope=bot+applications.commands&permissions="
            + expected,
        url);
  }

  @Test
  void givenThePermissions_thenNoneIsAdministrativeOrAMention() {
    assertFalse(InviteLink.PERMISSIONS.contains(Permission.ADMINISTRATOR));
    assertFalse(InviteLink.PERMISSIONS.contains(Permission.MESSAGE_MENTION_EVERYONE));
    assertFalse(InviteLink.PERMISSIONS.contains(Permission.MANAGE_THREADS));
  }
}
