package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.stats.TrendChart;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders engine replies as Discord messages: embeds for prompts and feedback, buttons for actions.
 * It dispatches through {@link CoachReply.Visitor}, so a new reply type does not compile until it
 * is rendered here; the cards themselves are drawn by {@link PracticeCards}, {@link MockCards},
 * {@link InfoCards} and {@link HelpCard}. Every message it builds allows no mentions, so nothing a
 * member typed can ping anyone.
 */
public final class DiscordRenderer {
  /** The export's file name. */
  public static final String EXPORT_FILE = "starcoach-export.json";

  /**
   * Whose practice a message belongs to: the buttons carry it.
   *
   * @param userId the person's Discord user id
   * @param place the session's place ({@link Places})
   */
  public record Owner(long userId, String place) {}

  /**
   * One reply as Discord shows it.
   *
   * @param message the message to post
   * @param personal true when only the person should see it, even in a shared channel (errors,
   *     their data)
   */
  public record Rendered(MessageCreateData message, boolean personal) {}

  /** Renders one engine reply. */
  public MessageCreateData render(CoachReply reply, Owner owner) {
    return rendered(reply, owner).message();
  }

  /** Renders one engine reply, saying whether it is for the person alone. */
  public Rendered rendered(CoachReply reply, Owner owner) {
    return reply.accept(new Dispatch(owner));
  }

  /** A short plain message. */
  public MessageCreateData notice(String text) {
    return InfoCards.notice(text);
  }

  /**
   * A problem the person can act on. Text beyond an embed's limit (an answer handed back after a
   * conflict) is attached whole as a text file, so nothing they typed is lost.
   */
  public MessageCreateData error(String text) {
    return InfoCards.error(text);
  }

  /** The help card, for someone whose practice state is not known ({@code /help}). */
  public MessageCreateData help() {
    return HelpCard.render(false);
  }

  /** A score as a bar of ten cells and the number, such as {@code ▰▰▰▰▰▰▰▱▱▱ 72/100}. */
  public static String bar(int score) {
    return Markup.bar(score);
  }

  /** Cuts text to {@code max} characters, ending with an ellipsis when cut. */
  static String clip(String text, int max) {
    return Markup.clip(text, max);
  }

  private static Rendered shown(MessageEmbed embed) {
    return new Rendered(Markup.embed(embed), false);
  }

  private static Rendered shown(MessageEmbed embed, List<ActionRow> rows) {
    return new Rendered(Markup.base().setEmbeds(embed).setComponents(rows).build(), false);
  }

  private static Rendered shown(MessageCreateData message) {
    return new Rendered(message, false);
  }

  private static Rendered personal(MessageCreateData message) {
    return new Rendered(message, true);
  }

  /** One rendering per reply type, for one owner's buttons. */
  private static final class Dispatch implements CoachReply.Visitor<Rendered> {
    private final Owner owner;

    Dispatch(Owner owner) {
      this.owner = owner;
    }

    @Override
    public Rendered practiceStarted(CoachReply.PracticeStarted r) {
      return shown(PracticeCards.practiceStarted(r));
    }

    @Override
    public Rendered stepPrompt(CoachReply.StepPrompt r) {
      return shown(
          PracticeCards.stepPrompt(r),
          PromptButtons.prompt(PromptTag.step(r.number()), owner, true));
    }

    @Override
    public Rendered answerFeedback(CoachReply.AnswerFeedback r) {
      return shown(PracticeCards.answerFeedback(r));
    }

    @Override
    public Rendered strongExample(CoachReply.StrongExample r) {
      return shown(PracticeCards.strongExample(r));
    }

    @Override
    public Rendered hint(CoachReply.Hint r) {
      return shown(PracticeCards.hint(r));
    }

    @Override
    public Rendered fullAnswerPrompt(CoachReply.FullAnswerPrompt r) {
      return shown(
          MockCards.fullAnswerPrompt(r),
          PromptButtons.prompt(PromptTag.fullAnswer(), owner, false));
    }

    @Override
    public Rendered mockBreakdown(CoachReply.MockBreakdown r) {
      return shown(MockCards.breakdown(r));
    }

    @Override
    public Rendered probePrompt(CoachReply.ProbePrompt r) {
      return shown(
          MockCards.probePrompt(r), PromptButtons.prompt(PromptTag.probe(r.number()), owner, true));
    }

    @Override
    public Rendered verdictCard(CoachReply.VerdictCard r) {
      return shown(MockCards.verdictCard(r), List.of(StoryButtons.saveAsStory(owner)));
    }

    @Override
    public Rendered sessionSummary(CoachReply.SessionSummary r) {
      return shown(PracticeCards.sessionSummary(r), List.of(StoryButtons.saveAsStory(owner)));
    }

    @Override
    public Rendered quizQuestion(CoachReply.QuizQuestion r) {
      return shown(
          PracticeCards.quizQuestion(r),
          PromptButtons.quiz(PromptTag.quiz(r.number()), r.item().options().size(), owner));
    }

    @Override
    public Rendered quizFeedback(CoachReply.QuizFeedback r) {
      return shown(PracticeCards.quizFeedback(r));
    }

    @Override
    public Rendered quizSummary(CoachReply.QuizSummary r) {
      return shown(PracticeCards.quizSummary(r));
    }

    @Override
    public Rendered lensCard(CoachReply.LensCard r) {
      return shown(InfoCards.lensCard(r));
    }

    @Override
    public Rendered lensChoices(CoachReply.LensChoices r) {
      return shown(InfoCards.lensChoices(r));
    }

    @Override
    public Rendered questionList(CoachReply.QuestionList r) {
      return shown(InfoCards.questionList(r));
    }

    @Override
    public Rendered levelInfo(CoachReply.LevelInfo r) {
      return shown(InfoCards.notice(InfoCards.levelInfo(r)));
    }

    @Override
    public Rendered resumeNotice(CoachReply.ResumeNotice r) {
      return shown(InfoCards.notice(InfoCards.resumeNotice(r)));
    }

    @Override
    public Rendered dataExport(CoachReply.DataExport r) {
      return personal(InfoCards.export(r));
    }

    @Override
    public Rendered forgetConfirmation(CoachReply.ForgetConfirmation r) {
      return personal(InfoCards.forgetConfirmation(owner));
    }

    @Override
    public Rendered forgotten(CoachReply.Forgotten r) {
      return personal(InfoCards.notice(InfoCards.forgotten(r)));
    }

    @Override
    public Rendered dailyShown(CoachReply.DailyShown r) {
      return personal(new DailyRenderer().result(r.result()));
    }

    @Override
    public Rendered statsCard(CoachReply.StatsCard r) {
      return personal(
          new ProgressRenderer()
              .stats(
                  r.stats(),
                  r.stats().answers() == 0 ? null : TrendChart.png(r.stats()),
                  r.zone(),
                  r.postingDays()));
    }

    @Override
    public Rendered leaderboardCard(CoachReply.LeaderboardCard r) {
      return shown(new ProgressRenderer().leaderboard(r.week(), r.channelOnly(), r.weeksAgo()));
    }

    @Override
    public Rendered help(CoachReply.Help r) {
      return shown(HelpCard.render(r.practiceOpen()));
    }

    @Override
    public Rendered notice(CoachReply.Notice r) {
      return shown(InfoCards.notice(r.text()));
    }

    @Override
    public Rendered errorNotice(CoachReply.ErrorNotice r) {
      return personal(InfoCards.error(r.text()));
    }

    @Override
    public Rendered story(CoachReply.StoryShown r) {
      return r.view().accept(new StoryCards(owner));
    }
  }
}
