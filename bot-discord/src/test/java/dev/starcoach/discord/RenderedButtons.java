package dev.starcoach.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.engine.CoachReply;
import java.io.IOException;
import java.util.List;

/** Reads the buttons back out of rendered replies, as Discord would hand their ids back. */
final class RenderedButtons {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RenderedButtons() {}

  /** The first button under the latest rendered reply that has one. */
  static ComponentId lastAnswerButton(
      List<CoachReply> replies, DiscordRenderer renderer, DiscordRenderer.Owner owner)
      throws IOException {
    for (int i = replies.size() - 1; i >= 0; i--) {
      JsonNode message = JSON.readTree(renderer.render(replies.get(i), owner).toData().toString());
      JsonNode id = message.at("/components/0/components/0/custom_id");
      if (!id.isMissingNode() && ComponentId.parse(id.asText()).isPresent()) {
        // a practice's prompt; a story button (Save as story) is not one
        return ComponentId.parse(id.asText()).orElseThrow();
      }
    }
    throw new AssertionError("no prompt among " + replies);
  }
}
