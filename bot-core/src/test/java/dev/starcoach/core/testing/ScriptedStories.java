package dev.starcoach.core.testing;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.story.fit.CoverageMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one scripted story-bank session every adapter path replays: three of the person's own stories
 * added step by step, the coverage map, then {@code practice next}. Discord and Slack tests (and
 * the console) compare {@link #outcome} of the replies they saw with the engine's.
 */
public final class ScriptedStories {
  private ScriptedStories() {}

  /** One story of the script: its title and its five steps. */
  public record Script(String title, Map<Step, String> steps) {
    public Script {
      steps = Map.copyOf(new EnumMap<>(steps));
    }
  }

  /** The three stories, in the order they are added. */
  public static final List<Script> STORIES =
      List.of(
          story(
              "Stale prices at checkout",
              "Our checkout served stale prices from a shared cache for two days in March.",
              "Nobody owned the cache and there was no ticket, so I took it on myself.",
              "I traced the race in the price import, I wrote a fix and I shipped it in 3 days.",
              "I cut stale prices from 2% of orders to 0 and refunds from 40 a week to 0.",
              "Since then I look for unowned shared parts first when something drifts."),
          story(
              "Pushing back on the launch date",
              "Product wanted to launch the new billing page a week before the holiday freeze.",
              "I was the engineer on call for billing and I had to say whether it was safe.",
              "I disagreed in the review with the error rates from staging, I proposed a staged"
                  + " rollout, and once we agreed I committed to the date and ran the rollout.",
              "We launched to 10% first, caught one bad currency rule, and lost no payments.",
              "I now bring the numbers to a disagreement and commit fully once it is decided."),
          story(
              "Slow search for a key customer",
              "A customer with 4,000 seats told us search took 9 seconds on their account.",
              "I owned search latency that quarter and set the goal of under one second.",
              "I profiled their queries myself, I found a missing index, and I added it after a"
                  + " load test on a copy of their data.",
              "Search dropped from 9 s to 0.6 s and the customer renewed for two more years.",
              "I ask for the slowest customer's data first now, not the average."));

  private static Script story(
      String title, String situation, String task, String action, String result, String lesson) {
    Map<Step, String> steps = new EnumMap<>(Step.class);
    steps.put(Step.SITUATION, situation);
    steps.put(Step.TASK, task);
    steps.put(Step.ACTION, action);
    steps.put(Step.RESULT, result);
    steps.put(Step.REFLECTION, lesson);
    return new Script(title, steps);
  }

  /** The event that adds one story of the script step by step, as every form sends it. */
  public static CoachEvent add(Script story) {
    return new CoachEvent.StoryCommand(
        new StoryRequest.Add(story.title(), Optional.empty(), story.steps(), List.of()));
  }

  /** The replies of the script played on a fresh engine called directly. */
  public static List<CoachReply> playDirectly(SessionKey key) {
    CoachEngine engine = ScriptedMock.engine(new InMemoryStores(), SteppingClock.monday9am());
    List<CoachReply> replies = new ArrayList<>();
    for (Script story : STORIES) {
      replies.addAll(engine.handle(key, add(story)).replies());
    }
    replies.addAll(
        engine.handle(key, new CoachEvent.StoryCommand(new StoryRequest.Coverage())).replies());
    replies.addAll(engine.handle(key, new CoachEvent.PracticeNext(Optional.empty())).replies());
    return replies;
  }

  /**
   * A platform-neutral fingerprint of the script: each story saved (number, title, kind), the map
   * (stories and gaps), the principle and step {@code next} aimed at, and the question it started,
   * as {@code "saved 1 Stale prices at checkout ADDED | map 3 stories, gaps [...] | next ..."}.
   */
  public static String outcome(List<CoachReply> replies) {
    List<String> parts = new ArrayList<>();
    for (CoachReply reply : replies) {
      if (reply instanceof CoachReply.StoryShown shown) {
        StoryView view = shown.view();
        if (view instanceof StoryView.StorySaved saved) {
          parts.add(
              "saved "
                  + saved.entry().story().number()
                  + " "
                  + saved.entry().story().title()
                  + " "
                  + saved.kind());
        } else if (view instanceof StoryView.CoverageView coverage) {
          CoverageMap map = coverage.map();
          parts.add("map " + map.stories().size() + " stories, gaps " + map.gaps());
        } else if (view instanceof StoryView.NextPick pick) {
          parts.add("next " + pick.principle() + " at " + pick.focus());
        }
      } else if (reply instanceof CoachReply.PracticeStarted started) {
        parts.add("started " + started.mode() + " " + started.question().id());
      } else if (reply instanceof CoachReply.ErrorNotice error) {
        parts.add("error " + error.code());
      }
    }
    return String.join(" | ", parts);
  }
}
