package dev.starcoach.discord;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * An interaction as the inbox keeps it: its id, who and where, its token (valid 15 minutes from
 * {@code created}; dropped with the payload once handled), and what it asked for, enough to run it
 * again after a restart. Three kinds: {@link #COMPONENT} (a practice button or the answer form),
 * {@link #SLASH} (a practice slash command) and {@link #OTHER} (daily questions, stats, boards:
 * de-duplicated but not resumed).
 *
 * @param place the person's place key ({@link Places#of})
 * @param shared true when it happened in a shared channel (replies go only to the person)
 * @param componentId the button's or form's id ({@link #COMPONENT})
 * @param text the answer typed in the form, or null
 * @param command the slash command's name ({@link #SLASH})
 * @param options the slash command's options
 * @param admin whether the member may manage the server
 */
record StoredInteraction(
    long id,
    String kind,
    long user,
    String place,
    boolean shared,
    String token,
    Instant created,
    String componentId,
    String text,
    String command,
    Map<String, String> options,
    boolean admin) {
  static final String COMPONENT = "component";
  static final String SLASH = "slash";
  static final String OTHER = "other";

  StoredInteraction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(created, "created");
    options = Map.copyOf(options);
  }

  /** The inbox key: Discord's interaction id. */
  String key() {
    return "interaction:" + Long.toUnsignedString(id);
  }

  /** A practice button (or a daily one, kept as {@link #OTHER}). */
  static StoredInteraction of(ButtonInteraction b) {
    String kind = ComponentId.parse(b.getComponentId()).isPresent() ? COMPONENT : OTHER;
    return base(b, kind, b.getChannel(), b.getComponentId(), null, null, Map.of(), false);
  }

  /** A submitted form: the practice answer form, or a daily answer ({@link #OTHER}). */
  static StoredInteraction of(ModalInteraction m) {
    ModalMapping value = m.getValue(CommandMapping.ANSWER_INPUT);
    boolean practice =
        ComponentId.parse(m.getModalId())
            .map(id -> id.action() == ComponentId.Action.MODAL)
            .orElse(false);
    return base(
        m,
        practice ? COMPONENT : OTHER,
        m.getChannel(),
        m.getModalId(),
        value == null ? "" : value.getAsString(),
        null,
        Map.of(),
        false);
  }

  /** A slash command: the practice ones can be resumed, the group ones are {@link #OTHER}. */
  static StoredInteraction of(SlashCommandInteraction s) {
    Map<String, String> options = new LinkedHashMap<>();
    for (OptionMapping option : s.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    Member member = s.getMember();
    boolean admin =
        member != null && member.hasPermission(net.dv8tion.jda.api.Permission.MANAGE_SERVER);
    String kind = GroupCommands.handles(s.getName()) ? OTHER : SLASH;
    return base(s, kind, s.getChannel(), null, null, s.getName(), options, admin);
  }

  private static StoredInteraction base(
      Interaction i,
      String kind,
      MessageChannelUnion channel,
      String componentId,
      String text,
      String command,
      Map<String, String> options,
      boolean admin) {
    boolean priv =
        channel != null
            && (channel.getType() == ChannelType.PRIVATE
                || channel.getType() == ChannelType.GUILD_PRIVATE_THREAD);
    return new StoredInteraction(
        i.getIdLong(),
        kind,
        i.getUser().getIdLong(),
        Places.of(i.getGuild() == null ? null : i.getGuild().getIdLong()),
        !priv,
        i.getToken(),
        i.getTimeCreated().toInstant(),
        componentId,
        text,
        command,
        options,
        admin);
  }

  /** As JSON, for the inbox's payload. */
  String toJson() {
    DataObject o =
        DataObject.empty()
            .put("id", Long.toUnsignedString(id))
            .put("kind", kind)
            .put("user", Long.toUnsignedString(user))
            .put("place", place)
            .put("shared", shared)
            .put("token", token)
            .put("created", created.toString())
            .put("component_id", componentId)
            .put("text", text)
            .put("command", command)
            .put("admin", admin);
    DataObject opts = DataObject.empty();
    options.forEach(opts::put);
    return o.put("options", opts).toString();
  }

  /** Reads {@link #toJson()} back. */
  static StoredInteraction fromJson(String json) {
    DataObject o = DataObject.fromJson(json);
    Map<String, String> options = new LinkedHashMap<>();
    DataObject opts = o.optObject("options").orElse(DataObject.empty());
    for (String key : opts.keys()) {
      options.put(key, opts.getString(key));
    }
    return new StoredInteraction(
        Long.parseUnsignedLong(o.getString("id")),
        o.getString("kind"),
        Long.parseUnsignedLong(o.getString("user")),
        o.getString("place"),
        o.getBoolean("shared"),
        o.getString("token", null),
        Instant.parse(o.getString("created")),
        o.getString("component_id", null),
        o.getString("text", null),
        o.getString("command", null),
        options,
        o.getBoolean("admin"));
  }
}
