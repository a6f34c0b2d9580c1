package dev.starcoach.discord;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.story.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The story bank on Discord: {@code /story}, the story option's autocomplete, the story buttons
 * (Save as story, Update story N, Write a step) and the story forms. Like {@link GroupCommands} it
 * acknowledges first (a form, a deferral or an ephemeral reply), maps with pure functions ({@link
 * StoryMapping}) and calls the engine on the executor. Stories are personal: replies are ephemeral
 * in a server, except a story the person shares.
 */
final class StoryCommands {
  private final StoryTitles titles;
  private final PracticeRunner runner;
  private final Executor executor;
  private final DiscordRenderer renderer;
  private final Replies replies;

  StoryCommands(
      DiscordServices services,
      PracticeRunner runner,
      Executor executor,
      DiscordRenderer renderer,
      Replies replies) {
    this.titles = Objects.requireNonNull(services, "services").storyTitles();
    this.runner = Objects.requireNonNull(runner, "runner");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.replies = Objects.requireNonNull(replies, "replies");
  }

  /** True for the slash command handled here. */
  static boolean handles(String command) {
    return SlashCommands.STORY.equals(command);
  }

  /** True when an autocomplete asks for one of the person's stories. */
  static boolean completes(String option) {
    return SlashCommands.STORY_OPTION.equals(option);
  }

  void onSlash(SlashCommandInteraction interaction) {
    DiscordRenderer.Owner owner = owner(interaction);
    Map<String, String> options = new HashMap<>();
    for (OptionMapping option : interaction.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    StoryAction action =
        StoryMapping.slash(
            interaction.getSubcommandName(), options, StoryComponentId.titleRoom(owner));
    if (action instanceof StoryAction.Invalid invalid) {
      replies.now(interaction, renderer.error(invalid.text()));
    } else if (action instanceof StoryAction.AddForm add) {
      Modal form =
          add.stepByStep()
              ? StoryForms.steps(owner, add.title().orElseThrow())
              : StoryForms.whole(owner, add.title());
      interaction.replyModal(form).queue(null, f -> Replies.logFailure("story form", f));
    } else if (action instanceof StoryAction.EditForm edit) {
      openStepForm(interaction, owner, edit.story().value(), edit.step());
    } else if (action instanceof StoryAction.Engine engine) {
      run(interaction, owner, engine.event(), engine.shared(), "/story");
    }
  }

  void onAutocomplete(CommandAutoCompleteInteraction interaction) {
    PersonId person = person(interaction.getUser().getIdLong());
    String typed = interaction.getFocusedOption().getValue();
    executor.execute(
        () -> {
          List<net.dv8tion.jda.api.interactions.commands.Command.Choice> choices;
          try {
            choices = StoryChoices.matching(titles.of(person), typed);
          } catch (RuntimeException e) {
            Replies.logFailure("story titles", e);
            choices = List.of();
          }
          interaction
              .replyChoices(choices)
              .queue(null, f -> Replies.logFailure("story autocomplete", f));
        });
  }

  void onButton(ButtonInteraction interaction) {
    Optional<StoryComponentId> parsed = StoryComponentId.parse(interaction.getComponentId());
    if (parsed.isEmpty()) {
      replies.now(interaction, renderer.error("That button is from an older version of the bot."));
      return;
    }
    StoryComponentId id = parsed.get();
    if (id.owner() != interaction.getUser().getIdLong()) {
      replies.now(interaction, renderer.error(notYours()));
      return;
    }
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(id.owner(), id.place());
    if (id.action() == StoryComponentId.Action.WRITE && id.step().isPresent()) {
      openStepForm(interaction, owner, id.story(), id.step().get());
      return;
    }
    Optional<CoachEvent> event = StoryMapping.button(id);
    if (event.isEmpty()) {
      replies.now(interaction, renderer.error("That button is from an older version of the bot."));
      return;
    }
    run(interaction, owner, event.get(), false, "story button " + id.action());
  }

  void onModal(ModalInteraction interaction) {
    Optional<StoryComponentId> parsed = StoryComponentId.parse(interaction.getModalId());
    if (parsed.isEmpty()) {
      replies.now(interaction, renderer.error("That form is from an older version of the bot."));
      return;
    }
    StoryComponentId id = parsed.get();
    if (id.owner() != interaction.getUser().getIdLong()) {
      replies.now(interaction, renderer.error(notYours()));
      return;
    }
    Map<String, String> values = new HashMap<>();
    for (ModalMapping value : interaction.getValues()) {
      values.put(value.getCustomId(), value.getAsString());
    }
    StoryAction action = StoryMapping.form(id, values);
    if (action instanceof StoryAction.Engine engine) {
      run(
          interaction,
          new DiscordRenderer.Owner(id.owner(), id.place()),
          engine.event(),
          false,
          "story form");
    } else if (action instanceof StoryAction.Invalid invalid) {
      replies.now(interaction, renderer.error(invalid.text()));
    }
  }

  /**
   * Opens the form for one step, filled with the step's current text. Discord wants the form as the
   * first answer, within three seconds: the text is read on the executor and the form sent from
   * there, without waiting for the engine.
   */
  private void openStepForm(
      IReplyCallback interaction, DiscordRenderer.Owner owner, int story, Step step) {
    if (!(interaction instanceof net.dv8tion.jda.api.interactions.callbacks.IModalCallback modal)) {
      replies.now(interaction, renderer.error("Use /story edit to rewrite a step."));
      return;
    }
    PersonId person = person(owner.userId());
    executor.execute(
        () -> {
          Optional<String> current = Optional.empty();
          try {
            current = currentText(titles.of(person), story, step);
          } catch (RuntimeException e) {
            Replies.logFailure("story text for the edit form", e);
          }
          modal
              .replyModal(StoryForms.step(owner, story, step, current))
              .queue(null, f -> Replies.logFailure("story step form", f));
        });
  }

  /** A step's current text in the person's stories, if written. */
  static Optional<String> currentText(List<Story> stories, int story, Step step) {
    for (Story s : stories) {
      if (s.number().value() == story) {
        return s.text(step);
      }
    }
    return Optional.empty();
  }

  /**
   * Acknowledges, then runs a story event on the executor. Replies are ephemeral in a server; a
   * shared story is acknowledged in public, so its card (the first answer) is seen by the channel.
   */
  private void run(
      IReplyCallback interaction,
      DiscordRenderer.Owner owner,
      CoachEvent event,
      boolean shared,
      String what) {
    boolean everythingPersonal = !shared && !isPrivate(interaction.getChannelType());
    interaction
        .deferReply(everythingPersonal)
        .queue(null, f -> Replies.logFailure("defer " + what, f));
    SessionKey key = Places.key(owner.place(), owner.userId());
    InteractionHook hook = interaction.getHook();
    executor.execute(
        () ->
            replies.guarded(
                what,
                hook,
                () -> runner.simple(key, event, owner, new HookOutbox(hook, everythingPersonal))));
  }

  private static DiscordRenderer.Owner owner(IReplyCallback interaction) {
    Guild guild = interaction.getGuild();
    return new DiscordRenderer.Owner(
        interaction.getUser().getIdLong(), Places.of(guild == null ? null : guild.getIdLong()));
  }

  private static PersonId person(long user) {
    return new PersonId(Places.PLATFORM, Long.toUnsignedString(user));
  }

  private static boolean isPrivate(ChannelType type) {
    return type == ChannelType.PRIVATE || type == ChannelType.GUILD_PRIVATE_THREAD;
  }

  private static String notYours() {
    return "That belongs to someone else's stories. Add your own with /story add.";
  }
}
