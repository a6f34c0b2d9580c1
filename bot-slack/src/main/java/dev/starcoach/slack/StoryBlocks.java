package dev.starcoach.slack;

import dev.starcoach.core.engine.StoryView;

/** TODO(stories): Slack blocks of story views. Placeholder. */
final class StoryBlocks implements StoryView.Visitor<SlackPost> {

  @Override
  public SlackPost listing(StoryView.StoryListing view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost detail(StoryView.StoryDetail view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost stepAsked(StoryView.StoryStepAsked view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost saved(StoryView.StorySaved view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost removed(StoryView.StoryRemoved view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost coverage(StoryView.CoverageView view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost shared(StoryView.StoryShared view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost decided(StoryView.MappingDecided view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost matchOffer(StoryView.StoryMatchOffer view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost nextPick(StoryView.NextPick view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost loopRound(StoryView.LoopRound view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }

  @Override
  public SlackPost loopDebrief(StoryView.LoopDebrief view) {
    return ReplyRenderer.withNames(id -> java.util.Optional.empty())
        .notice(new dev.starcoach.core.engine.CoachReply.Notice(view.toString()));
  }
}
