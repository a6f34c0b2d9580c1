package dev.starcoach.core.engine;

/**
 * Where the engine's replies go. Adapters implement it by rendering each reply for their platform;
 * the engine never formats for a platform.
 */
public interface Conversation {

  /** Delivers one reply, in order. */
  void send(CoachReply reply);
}
