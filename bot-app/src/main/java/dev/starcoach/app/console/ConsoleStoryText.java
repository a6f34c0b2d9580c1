package dev.starcoach.app.console;

import dev.starcoach.core.engine.StoryView;

/** TODO(stories): the console text of story views. Placeholder. */
final class ConsoleStoryText implements StoryView.Visitor<String> {

  @Override
  public String listing(StoryView.StoryListing view) {
    return view.toString();
  }

  @Override
  public String detail(StoryView.StoryDetail view) {
    return view.toString();
  }

  @Override
  public String stepAsked(StoryView.StoryStepAsked view) {
    return view.toString();
  }

  @Override
  public String saved(StoryView.StorySaved view) {
    return view.toString();
  }

  @Override
  public String removed(StoryView.StoryRemoved view) {
    return view.toString();
  }

  @Override
  public String coverage(StoryView.CoverageView view) {
    return view.toString();
  }

  @Override
  public String shared(StoryView.StoryShared view) {
    return view.toString();
  }

  @Override
  public String decided(StoryView.MappingDecided view) {
    return view.toString();
  }

  @Override
  public String matchOffer(StoryView.StoryMatchOffer view) {
    return view.toString();
  }

  @Override
  public String nextPick(StoryView.NextPick view) {
    return view.toString();
  }

  @Override
  public String loopRound(StoryView.LoopRound view) {
    return view.toString();
  }

  @Override
  public String loopDebrief(StoryView.LoopDebrief view) {
    return view.toString();
  }
}
