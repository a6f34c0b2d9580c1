package dev.starcoach.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.starcoach.core.content.Step;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Bodies of the story modals' submissions and of buttons in ephemeral messages, as Slack sends
 * them.
 */
final class StoryRequests {
  private StoryRequests() {}

  /** A submitted new-story modal: the title and the steps typed (others left empty). */
  static String newStory(String user, String title, Map<Step, String> steps, String metadata) {
    JsonObject values = new JsonObject();
    values.add(ActionIds.STORY_TITLE_BLOCK, input(ActionIds.STORY_TITLE_INPUT, title));
    for (Step step : Step.values()) {
      values.add(step.id(), input(ActionIds.STORY_STEP_INPUT, steps.get(step)));
    }
    return submission(user, ActionIds.STORY_MODAL, metadata, values);
  }

  /** A submitted step modal with its text. */
  static String step(String user, Step step, String text, String metadata) {
    JsonObject values = new JsonObject();
    values.add(step.id(), input(ActionIds.STORY_STEP_INPUT, text));
    return submission(user, ActionIds.STORY_STEP_MODAL, metadata, values);
  }

  private static JsonObject input(String action, String text) {
    JsonObject value = new JsonObject();
    value.addProperty("type", "plain_text_input");
    if (text != null) {
      value.addProperty("value", text);
    }
    JsonObject block = new JsonObject();
    block.add(action, value);
    return block;
  }

  private static String submission(
      String user, String callbackId, String metadata, JsonObject values) {
    JsonObject p = base("view_submission", user);
    p.addProperty("trigger_id", "trigger-story-modal");
    JsonObject view = new JsonObject();
    view.addProperty("id", "V1");
    view.addProperty("type", "modal");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", metadata);
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    p.add("view", view);
    return "payload=" + URLEncoder.encode(p.toString(), StandardCharsets.UTF_8);
  }

  /** A button pressed in the App Home (no channel). */
  static String homeButton(String user, String actionId, String value) {
    JsonObject p = base("block_actions", user);
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", "V1");
    p.add("container", container);
    p.addProperty("trigger_id", "trigger-home-" + actionId);
    JsonArray actions = new JsonArray();
    JsonObject a = new JsonObject();
    a.addProperty("action_id", actionId);
    a.addProperty("block_id", "b1");
    a.addProperty("type", "button");
    a.addProperty("value", value);
    a.addProperty("action_ts", "1700000001.000001");
    actions.add(a);
    p.add("actions", actions);
    return "payload=" + URLEncoder.encode(p.toString(), StandardCharsets.UTF_8);
  }

  private static JsonObject base(String type, String user) {
    JsonObject p = new JsonObject();
    p.addProperty("type", type);
    JsonObject team = new JsonObject();
    team.addProperty("id", SlackApiStub.TEAM);
    team.addProperty("domain", "starcoach-test");
    p.add("team", team);
    JsonObject u = new JsonObject();
    u.addProperty("id", user);
    u.addProperty("username", "member");
    u.addProperty("team_id", SlackApiStub.TEAM);
    p.add("user", u);
    p.addProperty("api_app_id", "A0APP");
    p.addProperty("token", "legacy-token");
    return p;
  }
}
