package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.engine.CoachReply.StoryShown;
import dev.starcoach.core.engine.StoryView.SaveKind;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.SessionStore;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The story bank's commands: add (whole or step by step), list, show, edit, remove, keep the last
 * practised answer, share, confirm or reject a principle mapping, the coverage map, tags and
 * titles. Plain lines typed while a story is being written go to {@link StoryLines}.
 */
final class StoryDesk {
  private final QuestionBank bank;
  private final StoryStore stories;
  private final SessionStore sessions;
  private final StoryTexts texts;
  private final StoryLines lines;
  private final EngineSettings settings;
  private final Clock clock;
  private final Function<SessionKey, Level> levelOf;

  StoryDesk(
      QuestionBank bank,
      CoachStores stores,
      StoryTexts texts,
      StoryLines lines,
      EngineSettings settings,
      Clock clock,
      Function<SessionKey, Level> levelOf) {
    this.bank = bank;
    this.stories = stores.stories();
    this.sessions = stores.sessions();
    this.texts = texts;
    this.lines = lines;
    this.settings = settings;
    this.clock = clock;
    this.levelOf = levelOf;
  }

  /** Applies one story command of the person at {@code key}. */
  void handle(SessionKey key, StoryRequest request, Turn turn) {
    request.accept(new Requests(key, turn));
  }

  /** One command's handling, bound to the person and the turn. */
  private final class Requests implements StoryRequest.Visitor<Void> {
    private final SessionKey key;
    private final PersonId me;
    private final Turn turn;

    Requests(SessionKey key, Turn turn) {
      this.key = key;
      this.me = key.person();
      this.turn = turn;
    }

    @Override
    public Void add(StoryRequest.Add r) {
      String title = r.title().strip();
      List<String> tags = StoryRules.normaliseTags(r.tags());
      Optional<ErrorNotice> problem =
          StoryRules.titleProblem(title)
              .or(() -> StoryRules.tagProblem(tags))
              .or(() -> StoryRules.countProblem(stories.list(me).size()));
      if (problem.isPresent()) {
        turn.say(problem.get());
        return null;
      }
      Level level = levelOf.apply(key);
      Map<Step, String> steps = new EnumMap<>(Step.class);
      r.steps()
          .forEach(
              (step, text) -> {
                if (!text.isBlank()) {
                  steps.put(step, text.strip());
                }
              });
      if (r.text().isPresent()) {
        String text = r.text().get().strip();
        Optional<ErrorNotice> refused = textProblem(text, "Paste the whole story after the '|'.");
        if (refused.isPresent()) {
          turn.say(refused.get());
          return null;
        }
        steps.clear();
        steps.putAll(texts.split(text, level));
        if (steps.isEmpty()) {
          turn.say(
              new ErrorNotice(
                  ErrorCode.INVALID_COMMAND,
                  "I could not tell the STAR parts apart in that text, so nothing was saved. Add"
                      + " it step by step instead: story add "
                      + title));
          return null;
        }
      }
      for (String stepText : steps.values()) {
        Optional<ErrorNotice> refused = textProblem(stepText.strip(), "");
        if (refused.isPresent()) {
          turn.say(refused.get());
          return null;
        }
      }
      Instant now = clock.instant();
      Story story =
          stories.add(me, title, texts.versions(steps, level, now, StorySource.added()), tags, now);
      if (story.complete()) {
        turn.say(
            new StoryShown(
                new StoryView.StorySaved(texts.entry(story), SaveKind.ADDED, written(story))));
        return null;
      }
      if (!story.steps().isEmpty()) {
        turn.say(
            new StoryShown(
                new StoryView.StorySaved(texts.entry(story), SaveKind.ADDED, written(story))));
      }
      lines.startDraft(me, story);
      turn.say(
          new StoryShown(new StoryView.StoryStepAsked(story, story.nextMissing().get(), false)));
      return null;
    }

    @Override
    public Void list(StoryRequest.ListStories r) {
      List<StoryView.Entry> entries = new ArrayList<>();
      for (Story s : stories.list(me)) {
        entries.add(texts.entry(s));
      }
      turn.say(new StoryShown(new StoryView.StoryListing(entries)));
      return null;
    }

    @Override
    public Void show(StoryRequest.Show r) {
      find(r.number())
          .ifPresent(s -> turn.say(new StoryShown(new StoryView.StoryDetail(texts.entry(s)))));
      return null;
    }

    @Override
    public Void edit(StoryRequest.Edit r) {
      Optional<Story> story = find(r.number());
      if (story.isEmpty()) {
        return null;
      }
      if (r.text().isEmpty()) {
        lines.awaitEdit(me, r.number(), r.step());
        turn.say(new StoryShown(new StoryView.StoryStepAsked(story.get(), r.step(), true)));
        return null;
      }
      String text = r.text().get().strip();
      Optional<ErrorNotice> refused = textProblem(text, "");
      if (refused.isPresent()) {
        turn.say(refused.get());
        return null;
      }
      lines.saveStep(key, story.get(), r.step(), text, StorySource.edited(), turn);
      return null;
    }

    @Override
    public Void remove(StoryRequest.Remove r) {
      Optional<Story> story = find(r.number());
      if (story.isPresent() && stories.remove(me, r.number())) {
        lines.forgetPending(me, r.number());
        turn.say(new StoryShown(new StoryView.StoryRemoved(r.number(), story.get().title())));
      }
      return null;
    }

    @Override
    public Void saveLast(StoryRequest.SaveLast r) {
      Optional<Story> into = Optional.empty();
      if (r.into().isPresent()) {
        into = find(r.into().get());
        if (into.isEmpty()) {
          return null;
        }
      }
      Optional<LastPractice> last = LastPractice.of(me, sessions, texts);
      if (last.isEmpty()) {
        turn.say(
            new ErrorNotice(
                ErrorCode.NOT_AVAILABLE,
                "There is no practised answer to keep yet. Practise one (practice drill, guided"
                    + " or mock), then type story save."));
        return null;
      }
      LastPractice p = last.get();
      Level level = levelOf.apply(key);
      List<StoryVersion> versions =
          scored(p, level, clock.instant(), StorySource.practice(p.sessionId()));
      if (into.isPresent()) {
        Story updated = into.get();
        for (StoryVersion v : versions) {
          updated = stories.saveStep(me, updated.number(), v).orElse(updated);
        }
        stories.practised(me, updated.number(), p.at());
        turn.say(
            new StoryShown(
                new StoryView.StorySaved(
                    texts.entry(updated),
                    SaveKind.UPDATED_FROM_PRACTICE,
                    versions.stream().map(StoryVersion::step).toList())));
        return null;
      }
      String title = r.title().map(String::strip).orElseGet(() -> defaultTitle(p));
      Optional<ErrorNotice> problem =
          StoryRules.titleProblem(title).or(() -> StoryRules.countProblem(stories.list(me).size()));
      if (problem.isPresent()) {
        turn.say(problem.get());
        return null;
      }
      Story story = stories.add(me, title, versions, List.of(), clock.instant());
      stories.practised(me, story.number(), p.at());
      turn.say(
          new StoryShown(
              new StoryView.StorySaved(texts.entry(story), SaveKind.ADDED, written(story))));
      if (!story.complete()) {
        turn.say(
            new CoachReply.Notice(
                "It has no "
                    + story.nextMissing().get().label()
                    + " yet; add it any time with: story edit "
                    + story.number()
                    + " "
                    + story.nextMissing().get().id()));
      }
      return null;
    }

    @Override
    public Void share(StoryRequest.Share r) {
      find(r.number()).ifPresent(s -> turn.say(new StoryShown(new StoryView.StoryShared(s))));
      return null;
    }

    @Override
    public Void decide(StoryRequest.Decide r) {
      Optional<Story> story =
          stories.decide(me, r.number(), r.principle(), r.decision(), clock.instant());
      if (story.isEmpty()) {
        turn.say(StoryRules.notFound(r.number(), stories.list(me).size()));
        return null;
      }
      turn.say(
          new StoryShown(
              new StoryView.MappingDecided(texts.entry(story.get()), r.principle(), r.decision())));
      return null;
    }

    @Override
    public Void coverage(StoryRequest.Coverage r) {
      turn.say(new StoryShown(new StoryView.CoverageView(texts.coverage(stories.list(me)))));
      return null;
    }

    @Override
    public Void tag(StoryRequest.Tag r) {
      List<String> tags = StoryRules.normaliseTags(r.tags());
      Optional<ErrorNotice> problem = StoryRules.tagProblem(tags);
      if (problem.isPresent()) {
        turn.say(problem.get());
        return null;
      }
      find(r.number())
          .flatMap(s -> stories.retitle(me, s.number(), s.title(), tags, clock.instant()))
          .ifPresent(
              s ->
                  turn.say(
                      new CoachReply.Notice(
                          tags.isEmpty()
                              ? "Story " + s.number() + " has no tags now."
                              : "Story "
                                  + s.number()
                                  + " (\""
                                  + s.title()
                                  + "\") is tagged: "
                                  + String.join(", ", s.tags())
                                  + ".")));
      return null;
    }

    @Override
    public Void rename(StoryRequest.Rename r) {
      String title = r.title().strip();
      Optional<ErrorNotice> problem = StoryRules.titleProblem(title);
      if (problem.isPresent()) {
        turn.say(problem.get());
        return null;
      }
      find(r.number())
          .flatMap(s -> stories.retitle(me, s.number(), title, s.tags(), clock.instant()))
          .ifPresent(
              s ->
                  turn.say(
                      new CoachReply.Notice(
                          "Story " + s.number() + " is now called \"" + s.title() + "\".")));
      return null;
    }

    @Override
    public Void finishDraft(StoryRequest.FinishDraft r) {
      lines.finish(me, turn);
      return null;
    }

    private Optional<Story> find(StoryNumber number) {
      Optional<Story> story = stories.find(me, number);
      if (story.isEmpty()) {
        turn.say(StoryRules.notFound(number, stories.list(me).size()));
      }
      return story;
    }
  }

  /** The practice's steps as new versions: a step's own score when it had one, else scored now. */
  private List<StoryVersion> scored(LastPractice p, Level level, Instant at, StorySource source) {
    List<StoryVersion> out = new ArrayList<>();
    for (Step step : Step.values()) {
      String text = p.steps().get(step);
      if (text == null) {
        continue;
      }
      int score =
          p.scores().containsKey(step) ? p.scores().get(step) : texts.score(step, text, level);
      out.add(new StoryVersion(0, step, text, score, at, source));
    }
    return out;
  }

  private String defaultTitle(LastPractice p) {
    String text = bank.byId(p.questionId()).map(Question::text).orElse("Practised answer");
    if (text.length() <= StoryRules.MAX_TITLE) {
      return text;
    }
    return text.substring(0, StoryRules.MAX_TITLE - 3).strip() + "...";
  }

  private Optional<ErrorNotice> textProblem(String text, String emptyHint) {
    return StoryLines.textProblem(text, settings.maxAnswerChars(), emptyHint);
  }

  private static List<Step> written(Story story) {
    return StoryLines.written(story);
  }
}
