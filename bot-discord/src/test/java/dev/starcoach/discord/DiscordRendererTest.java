package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.TestBank;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DiscordRenderer.Owner OWNER = new DiscordRenderer.Owner(42, "guild:7");

  private final DiscordRenderer renderer = new DiscordRenderer();
  private final Question question = TestBank.load().byId("test-stale-cache").orElseThrow();

  @Test
  void givenAGuidedStepPrompt_whenRendered_thenEmbedAndButtonsMatchTheExpectedJson()
      throws IOException {
    // GIVEN the Task prompt of a guided practice
    CoachReply prompt =
        new CoachReply.StepPrompt(
            Step.TASK,
            2,
            5,
            20,
            "Say whose system it was.",
            "Jumping into the fix.",
            "Name the scope you chose.");

    // WHEN rendered
    JsonNode actual = json(renderer.render(prompt, OWNER));

    // THEN it is the expected message
    assertEquals(expected("step-prompt-guided.json"), actual);
  }

  @Test
  void givenFeedback_whenRendered_thenScoreBarFindingsLengthAndReplyTimeMatchTheExpectedJson()
      throws IOException {
    CoachReply feedback =
        new CoachReply.AnswerFeedback(AnswerKind.TASK, Step.TASK, "Task", assessment(72), 65_000);

    assertEquals(expected("answer-feedback.json"), json(renderer.render(feedback, OWNER)));
  }

  @Test
  void givenASummary_whenRendered_thenTheTableMatchesTheExpectedJson() throws IOException {
    CoachReply summary =
        new CoachReply.SessionSummary(
            question,
            SessionMode.DRILL,
            Level.SDE2,
            List.of(
                new CoachReply.SummaryRow("Situation", 80, 12.4, 30, 65_000),
                new CoachReply.SummaryRow("Task", -1, 0, 20, 10_000)),
            80,
            12.4,
            150,
            true);

    assertEquals(expected("session-summary.json"), json(renderer.render(summary, OWNER)));
  }

  @Test
  void givenHelpAskedWithAPracticeOpen_whenRendered_thenHowToAnswerComesFirst() throws IOException {
    // GIVEN the engine's help reply for someone with a practice open
    CoachReply help = new CoachReply.Help(true);

    // WHEN rendered
    JsonNode actual = json(renderer.render(help, OWNER));

    // THEN it is the help card led by how to answer the open practice
    assertEquals(expected("help-practice-open.json"), actual);
    assertEquals(
        json(renderer.help()).at("/embeds/0/description"), actual.at("/embeds/0/description"));
  }

  @Test
  void givenAQuizItem_whenRendered_thenEachOptionIsANumberedButtonChoosingIt() {
    QuizItem item = new QuizItem("Which part matters most?", List.of("A", "B", "C", "D"), 1, "B.");
    CoachReply quiz = new CoachReply.QuizQuestion(question, 2, 3, item);

    JsonNode message = json(renderer.render(quiz, OWNER));

    JsonNode buttons = message.at("/components/0/components");
    assertEquals(4, buttons.size());
    assertEquals("Show answer", message.at("/components/1/components/0/label").asText());
    assertEquals("Stop", message.at("/components/1/components/1/label").asText());
    for (int i = 0; i < 4; i++) {
      ComponentId id = ComponentId.parse(buttons.get(i).get("custom_id").asText()).orElseThrow();
      assertEquals(ComponentId.Action.OPTION, id.action());
      assertEquals(i + 1, id.option());
      assertEquals("q1", id.prompt());
      assertEquals(String.valueOf(i + 1), buttons.get(i).get("label").asText());
    }
    assertTrue(message.at("/embeds/0/description").asText().contains("4. D"));
  }

  @Test
  void givenEveryKindOfReply_whenRendered_thenNoMessageAllowsAnyMention() {
    for (CoachReply reply : everyReply()) {
      JsonNode message = json(renderer.render(reply, OWNER));

      JsonNode mentions = message.get("allowed_mentions");
      String kind = reply.getClass().getSimpleName();
      assertTrue(mentions.get("parse").isArray(), kind);
      assertEquals(0, mentions.get("parse").size(), kind);
      assertFalse(mentions.get("replied_user").asBoolean(), kind);
      assertFalse(mentions.has("users") && mentions.get("users").size() > 0, kind);
      assertFalse(mentions.has("roles") && mentions.get("roles").size() > 0, kind);
    }
    assertEquals(0, json(renderer.help()).at("/allowed_mentions/parse").size());
  }

  @Test
  void givenTextWithMentions_whenRendered_thenItIsShownButCannotPing() {
    CoachReply error =
        new CoachReply.ErrorNotice(
            CoachReply.ErrorCode.UNKNOWN_QUESTION, "No question matches \"@everyone <@&1>\".");

    JsonNode message = json(renderer.render(error, OWNER));

    assertTrue(message.at("/embeds/0/description").asText().contains("@everyone"));
    assertEquals(0, message.at("/allowed_mentions/parse").size());
  }

  @Test
  void givenAnExport_whenRendered_thenTheJsonIsAnAttachedFile() {
    MessageCreateData data =
        renderer.render(new CoachReply.DataExport("{\"format\":\"starcoach-export/1\"}"), OWNER);

    assertEquals(1, data.getFiles().size());
    assertEquals(DiscordRenderer.EXPORT_FILE, data.getFiles().get(0).getName());
    assertTrue(renderer.rendered(new CoachReply.DataExport("{}"), OWNER).personal());
  }

  @Test
  void givenAnErrorLongerThanAnEmbed_whenRendered_thenTheWholeTextIsAttached() {
    String text = "Your text, to send again: " + "x".repeat(4_500);

    MessageCreateData data = renderer.error(text);

    assertTrue(data.getEmbeds().get(0).getDescription().length() <= 4096);
    assertEquals("message.txt", data.getFiles().get(0).getName());
  }

  @Test
  void givenScores_whenDrawnAsBars_thenTenCellsFilledInProportion() {
    assertEquals("▱▱▱▱▱▱▱▱▱▱ 0/100", DiscordRenderer.bar(0));
    assertEquals("▰▰▰▰▰▰▰▱▱▱ 72/100", DiscordRenderer.bar(72));
    assertEquals("▰▰▰▰▰▰▰▰▰▰ 100/100", DiscordRenderer.bar(100));
  }

  private List<CoachReply> everyReply() {
    QuizItem item = question.walkthrough().quiz().get(0);
    Lens lens = new Lens(Principle.EARN_TRUST, "lead", "stress", "less");
    Assessment part = assessment(55);
    return List.of(
        new CoachReply.PracticeStarted(SessionMode.GUIDED, question, Level.SDE2, 150),
        new CoachReply.StepPrompt(Step.SITUATION, 1, 5, 30, null, null, null),
        new CoachReply.AnswerFeedback(AnswerKind.PROBE, null, "Why?", part, 1_000),
        new CoachReply.StrongExample(Step.ACTION, "I did it.", List.of("I did")),
        new CoachReply.Hint(Step.RESULT, "Numbers.", "Happy team.", List.of("from 2% to 0")),
        new CoachReply.Hint(null, "Tell it in order.", "Running out of time.", List.of()),
        new CoachReply.FullAnswerPrompt(question, Level.SENIOR, 180),
        new CoachReply.MockBreakdown(
            part,
            List.of(new CoachReply.PartScore(Step.SITUATION, "We had @everyone paged.", part)),
            List.of(Step.RESULT),
            90_000,
            150),
        new CoachReply.ProbePrompt(1, 3, "How did you know?", Step.RESULT),
        new CoachReply.VerdictCard(
            question,
            Level.SDE2,
            new BarRaiserVerdict(Verdict.LEANING_NO_HIRE, 48, List.of("No baseline."))),
        new CoachReply.SessionSummary(
            question, SessionMode.DRILL, Level.SDE1, List.of(), 0, 0, 120, false),
        new CoachReply.QuizQuestion(question, 1, 3, item),
        new CoachReply.QuizFeedback(1, false, 1, 2, "Two", "Because."),
        new CoachReply.QuizSummary(question, 2, 3),
        new CoachReply.LensCard(question, lens),
        new CoachReply.LensChoices(question, List.of(lens)),
        new CoachReply.QuestionList(null, List.of(question)),
        new CoachReply.LevelInfo(Level.SENIOR, true),
        new CoachReply.ResumeNotice(SessionMode.DRILL, question, "Task"),
        new CoachReply.DataExport("{}"),
        new CoachReply.ForgetConfirmation(),
        new CoachReply.Forgotten(3),
        new CoachReply.Help(true),
        new CoachReply.Help(false),
        new CoachReply.Notice("Skipped Task."),
        new CoachReply.ErrorNotice(CoachReply.ErrorCode.NO_SESSION, "No practice is open."));
  }

  private static Assessment assessment(int score) {
    return new Assessment(
        score,
        Verdict.HIRE,
        18.4,
        20,
        List.of(
            new Finding(FindingCategory.I_STATEMENTS, "Clear ownership.", "I"),
            new Finding(FindingCategory.WE_LANGUAGE, "Say what you did.", "we")),
        List.of(),
        List.of());
  }

  private static JsonNode json(MessageCreateData data) {
    try {
      return JSON.readTree(data.toData().toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = DiscordRendererTest.class.getResourceAsStream("/rendered/" + name)) {
      return JSON.readTree(in);
    }
  }
}
