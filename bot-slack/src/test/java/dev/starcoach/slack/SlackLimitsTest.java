package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.StoryViewSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every reply kind, with the worst content it can carry (long question text full of characters
 * Slack escapes, 4,000-character answers, every finding at once), rendered and checked against
 * Slack's Block Kit limits ({@link BlockKitLimits}).
 */
class SlackLimitsTest {
  /** A 4,000-character answer (the most any platform takes), of characters that escape longest. */
  static final String ANSWER = ("I & my <team> fixed it > twice. ").repeat(125).substring(0, 4000);

  /** Question text as long as a content pack may make it, with characters Slack escapes. */
  static final String QUESTION_TEXT =
      ("Tell me about a time you & your <team> disagreed > once. ").repeat(20);

  /** A member's display name as long and awkward as Slack allows, escaping longest. */
  static final String LONG_NAME = "<!here> & <@U0BOSS> ".repeat(4);

  /** Every member is named {@link #LONG_NAME}; the viewer is the last on the biggest board. */
  private final ReplyRenderer renderer =
      ReplyRenderer.withNames(id -> Optional.of(LONG_NAME + id)).forMember("U" + BOARD);

  /** Members on the biggest board. */
  private static final int BOARD = 500;

  @Test
  void theValidatorCatchesWhatSlackRefuses() {
    // GIVEN payloads that break the limits issue 14 found
    SlackPost tooMany = new SlackPost("x", java.util.Collections.nCopies(51, KitParts.note("x")));
    List<LayoutBlock> wide = new ArrayList<>();
    KitParts.addMarkdown(wide, "ok");
    String bigInput =
        "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"A title of 25 characters!\"},"
            + "\"blocks\":[{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"A\"},"
            + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"a\",\"max_length\":4000}}]}";
    String longSection =
        "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\""
            + "a".repeat(3001)
            + "\"}},{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"b\","
            + "\"text\":{\"type\":\"plain_text\",\"text\":\""
            + "b".repeat(76)
            + "\"}}]}]";

    // WHEN checked, THEN each breach is named
    assertTrue(BlockKitLimits.check(tooMany).get(0).contains("51 blocks"));
    assertTrue(BlockKitLimits.checkMessageBlocks(wide).isEmpty());
    List<String> modal = BlockKitLimits.checkView(bigInput);
    assertTrue(modal.stream().anyMatch(b -> b.contains("max_length 4000")), modal.toString());
    assertTrue(modal.stream().anyMatch(b -> b.contains("title: 25")), modal.toString());
    List<String> message = BlockKitLimits.checkMessageBlocks(longSection);
    assertTrue(message.stream().anyMatch(b -> b.contains("3001 characters")), message.toString());
    assertTrue(message.stream().anyMatch(b -> b.contains("76 characters")), message.toString());
  }

  @Test
  void everyReplyKindWithWorstCaseContentFitsSlacksLimits() {
    // GIVEN one reply of every kind the engine has, each with the worst content it can carry
    List<CoachReply> replies = worstCaseReplies();
    Set<Class<?>> kinds = replies.stream().map(Object::getClass).collect(Collectors.toSet());
    Set<Class<?>> all = new HashSet<>(Arrays.asList(CoachReply.class.getPermittedSubclasses()));
    assertEquals(all, kinds, "the sample covers every reply kind");

    // WHEN each is rendered alone, and all of them as the replies of one event
    List<SlackPost> posts = new ArrayList<>();
    replies.forEach(r -> posts.add(renderer.render(r)));
    posts.addAll(renderer.renderAll(replies));
    posts.addAll(renderer.renderAll(List.of(replies.get(2), replies.get(1))));

    // THEN every message Slack would receive is within its limits
    for (SlackPost post : posts) {
      assertEquals(List.of(), BlockKitLimits.check(post), post.text());
    }
  }

  @Test
  void everyDailyResultAndEveryPostingOutcomeIsInTheSample() {
    // GIVEN every kind of daily result and every way posting at once can end
    Set<Class<?>> results = Set.of(DailyAdmin.Result.class.getPermittedSubclasses());
    Set<DailyQuestionService.Action> actions = EnumSet.allOf(DailyQuestionService.Action.class);

    // WHEN the worst-case daily replies are listed
    List<DailyAdmin.Result> shown = new ArrayList<>();
    for (CoachReply reply : worstCaseReplies()) {
      reply.accept(new GroupReplies.DailyResults(shown));
    }

    // THEN each result type and each posting outcome is rendered by the limits check
    assertEquals(results, shown.stream().map(Object::getClass).collect(Collectors.toSet()));
    assertEquals(
        actions,
        shown.stream()
            .filter(DailyAdmin.Result.Posted.class::isInstance)
            .map(r -> ((DailyAdmin.Result.Posted) r).outcome().action())
            .collect(Collectors.toSet()));
  }

  @Test
  void theAppHomeWithWorstCaseStatsBoardAndProblemsFitsSlacksLimits() {
    // GIVEN the App Home's replies at their worst: every step, a long zone, a huge board with the
    // viewer last, and the engine reporting an outage for both
    ReplyRenderer home = renderer.forHome();
    List<LayoutBlock> body = new ArrayList<>();
    for (CoachReply reply : GroupReplies.worstCase(BOARD)) {
      body.addAll(home.render(reply).blocks());
    }
    body.addAll(
        home.render(new CoachReply.ErrorNotice(CoachReply.ErrorCode.STORAGE_UNAVAILABLE, ANSWER))
            .blocks());

    // WHEN the view is built, THEN it is within the limits and shows the viewer's standing
    View view = new ProgressRenderer().home(body);
    assertEquals(List.of(), BlockKitLimits.check(view));
    String json = new com.google.gson.Gson().toJson(view);
    assertTrue(json.contains("This week in the workspace:* #" + BOARD + " of " + BOARD), json);
  }

  @Test
  void everyStoryViewIsInTheSampleAndTheAppHomeWithTheWorstBankFits() {
    // GIVEN every story view type, and the worst-case story replies
    Set<Class<?>> views = Set.of(StoryView.class.getPermittedSubclasses());
    Question q = ((CoachReply.PracticeStarted) worstCaseReplies().get(0)).question();
    List<CoachReply> stories = StoryViewSamples.worstCase(ANSWER, q);

    // WHEN listed and rendered for the App Home after the worst stats and board
    Set<Class<?>> shown =
        stories.stream()
            .map(r -> ((CoachReply.StoryShown) r).view().getClass())
            .collect(Collectors.toSet());
    ReplyRenderer home = renderer.forHome();
    List<LayoutBlock> body = new ArrayList<>();
    for (CoachReply reply : GroupReplies.worstCase(BOARD)) {
      body.addAll(home.render(reply).blocks());
    }
    for (CoachReply reply : stories) {
      if (((CoachReply.StoryShown) reply).view() instanceof StoryView.CoverageView) {
        SlackPost post = home.render(reply);
        assertTrue(post.file().isEmpty(), "no file in the App Home");
        body.addAll(post.blocks());
      }
    }

    // THEN every type is checked, and the App Home stays within Slack's limits
    assertEquals(views, shown);
    assertEquals(List.of(), BlockKitLimits.check(new ProgressRenderer().home(body)));
  }

  @Test
  void theStoryModalsFitSlacksLimits() {
    // GIVEN the new-story modal and a step modal filled with the longest text a box takes
    Destination dm = new Destination("D" + "9".repeat(20), null);
    List<View> modals =
        List.of(
            StoryModals.newStory(dm),
            StoryModals.step(Integer.MAX_VALUE, Step.REFLECTION, Optional.of("x".repeat(3000)), dm),
            StoryModals.step(1, Step.ACTION, Optional.of("y".repeat(4000)), dm),
            StoryModals.step(1, Step.TASK, Optional.empty(), dm));

    // WHEN checked, THEN Slack would open each
    for (View modal : modals) {
      assertEquals(List.of(), BlockKitLimits.check(modal));
    }
  }

  @Test
  void theAdaptersOwnMessagesAndViewsFitSlacksLimits() {
    // GIVEN the help, refusals, notes and the answer modal with worst-case content
    List<SlackPost> posts =
        List.of(
            SlackMessages.help("x".repeat(500), true),
            SlackMessages.help(null, false),
            SlackMessages.invalid(ANSWER),
            SlackMessages.plain(SlackText.escape(ANSWER)));
    List<View> modals = new ArrayList<>();
    for (int max : List.of(100, 3000, 3001, 4000, 6000, 100_000)) {
      modals.add(
          new AnswerModal(max).of("Follow-up 3: " + QUESTION_TEXT, new Destination("C1", "17.1")));
    }

    // WHEN checked, THEN nothing breaks a limit
    for (SlackPost post : posts) {
      assertEquals(List.of(), BlockKitLimits.check(post), post.text());
    }
    for (View modal : modals) {
      assertEquals(List.of(), BlockKitLimits.check(modal));
    }
  }

  @Test
  void helpWritesPlaceholdersSlackWillNotReadAsLinks() {
    // GIVEN every reply and message that names a command with a placeholder
    List<SlackPost> posts = new ArrayList<>();
    worstCaseReplies().forEach(r -> posts.add(renderer.render(r)));
    posts.add(SlackMessages.help("dance", true));

    // WHEN their texts are read back, THEN no raw < or > is left for Slack to parse
    for (SlackPost post : posts) {
      List<String> texts = new ArrayList<>();
      strings(
          com.google.gson.JsonParser.parseString(new com.google.gson.Gson().toJson(post.blocks())),
          texts);
      assertFalse(texts.isEmpty());
      for (String text : texts) {
        for (String line : text.split("\n")) {
          String content = line.startsWith("> ") ? line.substring(2) : line;
          assertFalse(content.contains("<") || content.contains(">"), line);
        }
      }
      assertTrue(texts.stream().noneMatch(t -> t.contains("<principle>")));
    }
    String help = new com.google.gson.Gson().toJson(SlackMessages.help(null, false).blocks());
    assertTrue(help.contains("`/star lens [principle]`"), help);
  }

  private static void strings(com.google.gson.JsonElement e, List<String> out) {
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      out.add(e.getAsString());
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> strings(x, out));
    } else if (e.isJsonObject()) {
      e.getAsJsonObject().entrySet().forEach(x -> strings(x.getValue(), out));
    }
  }

  @Test
  void feedbackAndTheNextPromptInOneMessageNameThePromptInTheNotification() {
    // GIVEN the replies of a step answer: feedback, then the next step's prompt
    CoachReply feedback = worstCaseReplies().get(2);
    CoachReply next = new CoachReply.StepPrompt(Step.TASK, 2, 5, 20, null, null, null);

    // WHEN they are sent as one message
    List<SlackPost> posts = renderer.renderAll(List.of(feedback, next));

    // THEN the fallback text shows both, within the notification length
    assertEquals(1, posts.size());
    assertTrue(posts.get(0).text().startsWith("Situation: 41/100"), posts.get(0).text());
    assertTrue(posts.get(0).text().contains("Step 2 of 5: Task"), posts.get(0).text());
    assertTrue(posts.get(0).text().length() <= ReplyRenderer.FALLBACK_LIMIT);
  }

  /** One reply of every type, with the longest and most awkward content each can carry. */
  static List<CoachReply> worstCaseReplies() {
    Question q =
        new Question(
            "q-" + "x".repeat(60),
            Principle.OWNERSHIP,
            QUESTION_TEXT,
            List.of("t"),
            List.of(),
            null,
            "pack.yaml");
    List<Finding> findings = new ArrayList<>();
    for (FindingCategory c : FindingCategory.values()) {
      findings.add(new Finding(c, "Say what you did & why <" + c.id() + "> ".repeat(20), ANSWER));
    }
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      reasons.add("Reason " + i + ": <" + "the action was shared & vague> ".repeat(8));
    }
    Assessment scored =
        new Assessment(41, Verdict.LEANING_NO_HIRE, 1234.4, 90, findings, List.of(), reasons);
    List<CoachReply.PartScore> parts = new ArrayList<>();
    for (Step step : Step.values()) {
      parts.add(new CoachReply.PartScore(step, ANSWER, scored));
    }
    List<CoachReply.SummaryRow> rows = new ArrayList<>();
    for (Step step : Step.values()) {
      rows.add(
          new CoachReply.SummaryRow(step.label(), 41, 900, step.defaultTargetSeconds(), 9_000_000));
    }
    rows.add(new CoachReply.SummaryRow("Follow-up 3 with a long label", -1, 0, 0, 1000));
    List<String> options = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      options.add("Option " + i + " & <more> ".repeat(30));
    }
    Lens lens =
        new Lens(
            Principle.CUSTOMER_OBSESSION,
            ANSWER.substring(0, 900),
            ANSWER.substring(0, 900),
            ANSWER.substring(0, 900));
    List<Lens> lenses = new ArrayList<>();
    for (Principle p : Principle.values()) {
      lenses.add(new Lens(p, "lead", "emphasise", "downplay"));
    }
    List<Question> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(
          new Question(
              "q" + i, Principle.OWNERSHIP, QUESTION_TEXT, List.of(), List.of(), null, "p"));
    }
    String json = "{\"answers\":[{\"text\":\"" + ANSWER.repeat(50) + "\"}]}";
    List<CoachReply> all = new ArrayList<>();
    all.addAll(
        List.of(
            new CoachReply.PracticeStarted(SessionMode.GUIDED, q, Level.SENIOR, 180),
            new CoachReply.StepPrompt(
                Step.SITUATION,
                1,
                5,
                30,
                ANSWER.substring(0, 1500),
                ANSWER.substring(0, 1500),
                ANSWER.substring(0, 1500)),
            new CoachReply.AnswerFeedback(
                AnswerKind.SITUATION, Step.SITUATION, "Situation", scored, 9_999_999),
            new CoachReply.AnswerFeedback(AnswerKind.PROBE, null, QUESTION_TEXT, scored, 1),
            new CoachReply.StrongExample(Step.ACTION, ANSWER, List.of(ANSWER.substring(0, 800))),
            new CoachReply.Hint(
                Step.ACTION,
                ANSWER.substring(0, 1400),
                ANSWER.substring(0, 1400),
                List.of(ANSWER.substring(0, 900))),
            new CoachReply.FullAnswerPrompt(q, Level.SDE1, 120),
            new CoachReply.MockBreakdown(scored, parts, List.of(Step.values()), 1, 120),
            new CoachReply.ProbePrompt(3, 3, QUESTION_TEXT, Step.RESULT),
            new CoachReply.VerdictCard(
                q, Level.SENIOR, new BarRaiserVerdict(Verdict.NO_HIRE, 12, reasons)),
            new CoachReply.SessionSummary(
                q, SessionMode.DRILL, Level.SDE2, rows, 41, 4500, 180, false),
            new CoachReply.QuizQuestion(
                q, 3, 3, new QuizItem(QUESTION_TEXT, options, 1, ANSWER.substring(0, 1000))),
            new CoachReply.QuizFeedback(3, false, 2, 1, options.get(0), ANSWER.substring(0, 2000)),
            new CoachReply.QuizSummary(q, 2, 3),
            new CoachReply.LensCard(q, lens),
            new CoachReply.LensChoices(q, lenses),
            new CoachReply.QuestionList(Principle.OWNERSHIP, many),
            new CoachReply.LevelInfo(Level.SENIOR, false),
            new CoachReply.ResumeNotice(SessionMode.MOCK, q, "Follow-up 3 of 3"),
            new CoachReply.DataExport(json),
            new CoachReply.StoryShown(
                new dev.starcoach.core.engine.StoryView.StoryRemoved(
                    new dev.starcoach.core.story.StoryNumber(1), "A story")),
            new CoachReply.ForgetConfirmation(),
            new CoachReply.Forgotten(123_456),
            new CoachReply.Help(true),
            new CoachReply.Notice(ANSWER),
            new CoachReply.ErrorNotice(
                CoachReply.ErrorCode.CONFLICT,
                "This practice moved on somewhere else, so that was not applied. Your text: "
                    + ANSWER)));
    all.addAll(GroupReplies.worstCase(BOARD));
    all.addAll(StoryViewSamples.worstCase(ANSWER, q));
    return all;
  }
}
