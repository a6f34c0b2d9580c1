package dev.starcoach.core.testing;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A conversation that keeps every reply, for assertions. */
public final class RecordingConversation implements Conversation {
  private final List<CoachReply> replies = new CopyOnWriteArrayList<>();

  @Override
  public void send(CoachReply reply) {
    replies.add(reply);
  }

  /** Every reply so far, in order. */
  public List<CoachReply> replies() {
    return List.copyOf(replies);
  }

  /** The replies of one type, in order. */
  public <T extends CoachReply> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (CoachReply r : replies) {
      if (type.isInstance(r)) {
        out.add(type.cast(r));
      }
    }
    return out;
  }

  /** The last reply of one type; fails when there is none. */
  public <T extends CoachReply> T last(Class<T> type) {
    List<T> all = all(type);
    if (all.isEmpty()) {
      throw new AssertionError("no " + type.getSimpleName() + " among " + replies);
    }
    return all.get(all.size() - 1);
  }

  /** The simple class names of the replies, in order: a compact transcript. */
  public List<String> kinds() {
    return replies.stream().map(r -> r.getClass().getSimpleName()).toList();
  }

  /** Forgets the replies so far. */
  public void clear() {
    replies.clear();
  }
}
