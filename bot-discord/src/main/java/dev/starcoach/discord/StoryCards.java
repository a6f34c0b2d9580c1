package dev.starcoach.discord;

import dev.starcoach.core.engine.StoryView;

/** TODO(stories): Discord cards of story views. Placeholder. */
final class StoryCards implements StoryView.Visitor<DiscordRenderer.Rendered> {
  private final DiscordRenderer.Owner owner;

  StoryCards(DiscordRenderer.Owner owner) {
    this.owner = owner;
  }

  DiscordRenderer.Owner owner() {
    return owner;
  }

  @Override
  public DiscordRenderer.Rendered listing(StoryView.StoryListing view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered detail(StoryView.StoryDetail view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered stepAsked(StoryView.StoryStepAsked view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered saved(StoryView.StorySaved view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered removed(StoryView.StoryRemoved view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered coverage(StoryView.CoverageView view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered shared(StoryView.StoryShared view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered decided(StoryView.MappingDecided view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered matchOffer(StoryView.StoryMatchOffer view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered nextPick(StoryView.NextPick view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered loopRound(StoryView.LoopRound view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }

  @Override
  public DiscordRenderer.Rendered loopDebrief(StoryView.LoopDebrief view) {
    return new DiscordRenderer.Rendered(InfoCards.notice(view.toString()), true);
  }
}
