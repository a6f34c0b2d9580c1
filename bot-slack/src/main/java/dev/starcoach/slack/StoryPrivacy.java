package dev.starcoach.slack;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.StoryView;
import java.util.ArrayList;
import java.util.List;

/**
 * Which story replies are the person's alone. A practice started in a channel runs in a thread
 * everyone there can read; what the engine says about the person's story bank (a listing, a story,
 * a save, the map, an offer to update a story) is shown there only to them. A shared story is meant
 * for the channel, and the steps of a practice aimed at the gaps or of a loop rehearsal belong with
 * the practice.
 */
final class StoryPrivacy implements StoryView.Visitor<Boolean> {
  private static final StoryPrivacy INSTANCE = new StoryPrivacy();

  /**
   * An outcome's replies parted by where they may go.
   *
   * @param here the replies to post where the practice lives
   * @param personal the replies to show only to the person there
   */
  record Split(List<CoachReply> here, List<CoachReply> personal) {
    Split {
      here = List.copyOf(here);
      personal = List.copyOf(personal);
    }
  }

  private StoryPrivacy() {}

  /** True when a reply is about the person's story bank and must not be posted for others. */
  static boolean personal(CoachReply reply) {
    return StoryReplies.of(reply).map(view -> view.accept(INSTANCE)).orElse(false);
  }

  /** Parts replies for a destination; in a DM everything goes there. */
  static Split split(List<CoachReply> replies, boolean direct) {
    if (direct) {
      return new Split(replies, List.of());
    }
    List<CoachReply> here = new ArrayList<>();
    List<CoachReply> personal = new ArrayList<>();
    for (CoachReply reply : replies) {
      (personal(reply) ? personal : here).add(reply);
    }
    return new Split(here, personal);
  }

  @Override
  public Boolean listing(StoryView.StoryListing view) {
    return true;
  }

  @Override
  public Boolean detail(StoryView.StoryDetail view) {
    return true;
  }

  @Override
  public Boolean stepAsked(StoryView.StoryStepAsked view) {
    return true;
  }

  @Override
  public Boolean saved(StoryView.StorySaved view) {
    return true;
  }

  @Override
  public Boolean removed(StoryView.StoryRemoved view) {
    return true;
  }

  @Override
  public Boolean coverage(StoryView.CoverageView view) {
    return true;
  }

  @Override
  public Boolean shared(StoryView.StoryShared view) {
    return false;
  }

  @Override
  public Boolean decided(StoryView.MappingDecided view) {
    return true;
  }

  @Override
  public Boolean matchOffer(StoryView.StoryMatchOffer view) {
    return true;
  }

  @Override
  public Boolean nextPick(StoryView.NextPick view) {
    return false;
  }

  @Override
  public Boolean loopRound(StoryView.LoopRound view) {
    return false;
  }

  @Override
  public Boolean loopDebrief(StoryView.LoopDebrief view) {
    return false;
  }
}
