package dev.starcoach.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/** The invite URL with exactly the scopes and permissions the bot needs. */
public final class InviteLink {
  /** The OAuth2 scopes: a bot user and its slash commands. */
  public static final String SCOPES = "bot applications.commands";

  /**
   * The permissions: see and answer in channels and threads, open private practice threads (and
   * public threads under daily questions), embeds for prompts and feedback, files for exports and
   * charts, history to reply in threads, and slash commands.
   */
  public static final Set<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.CREATE_PRIVATE_THREADS,
          Permission.CREATE_PUBLIC_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_ATTACH_FILES,
          Permission.MESSAGE_HISTORY,
          Permission.USE_APPLICATION_COMMANDS);

  private InviteLink() {}

  /** The permission bits as Discord's integer. */
  public static long permissionBits() {
    return Permission.getRaw(PERMISSIONS);
  }

  /** The invite URL for an application. */
  public static String url(long applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + Long.toUnsignedString(applicationId)
        + "&scope="
        + SCOPES.replace(' ', '+')
        + "&permissions="
        + permissionBits();
  }
}
