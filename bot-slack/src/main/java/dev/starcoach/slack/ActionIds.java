package dev.starcoach.slack;

/** The ids of the buttons, modal and inputs the adapter renders and listens to. */
final class ActionIds {
  private ActionIds() {}

  static final String PREFIX = "star_";
  static final String ANSWER = "star_answer";
  static final String HINT = "star_hint";
  static final String SKIP = "star_skip";
  static final String STOP = "star_stop";
  static final String QUIZ_OPTION = "star_quiz_option_";
  static final String FORGET_CONFIRM = "star_forget_confirm";
  static final String HOME_START = "star_home_start_";
  static final String DAILY_PRACTICE = "star_daily_practice";

  /** Every story button starts with this. */
  static final String STORY = "star_story_";

  static final String STORY_SAVE = "star_story_save";
  static final String STORY_UPDATE = "star_story_update";
  static final String STORY_NEW = "star_story_new";
  static final String STORY_WRITE = "star_story_write";

  static final String STORY_MODAL = "star_story_modal";
  static final String STORY_STEP_MODAL = "star_story_step_modal";
  static final String STORY_TITLE_BLOCK = "story_title";
  static final String STORY_TITLE_INPUT = "title";
  static final String STORY_STEP_INPUT = "text";

  static final String ANSWER_MODAL = "star_answer_modal";
  static final String ANSWER_BLOCK = "answer";
  static final String ANSWER_INPUT = "text";
  static final String ANSWER_MORE_BLOCK = "answer_more";
  static final String ANSWER_MORE_INPUT = "text_more";
}
