package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.story.StoryNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The limits of a story bank and the errors that name them. */
final class StoryRules {
  /** The longest title, in characters. */
  static final int MAX_TITLE = 100;

  /** The most stories one person keeps; eight to twelve is what a loop needs. */
  static final int MAX_STORIES = 50;

  /** The most tags on one story, and the longest tag. */
  static final int MAX_TAGS = 10;

  static final int MAX_TAG = 30;

  private StoryRules() {}

  /** Why a title cannot be used, or empty when it can. */
  static Optional<ErrorNotice> titleProblem(String title) {
    if (title.isBlank()) {
      return invalid("A story needs a title, such as: story add The midnight rollback");
    }
    int length = title.codePointCount(0, title.length());
    if (length > MAX_TITLE) {
      return invalid(
          "That title is "
              + length
              + " characters; the limit is "
              + MAX_TITLE
              + ". A few words you will recognise are enough.");
    }
    return Optional.empty();
  }

  /** Why another story cannot be added, or empty when it can. */
  static Optional<ErrorNotice> countProblem(int stories) {
    if (stories >= MAX_STORIES) {
      return Optional.of(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "Your bank holds "
                  + stories
                  + " stories, the most it keeps. Remove one you no longer tell (story remove N)"
                  + " before adding another."));
    }
    return Optional.empty();
  }

  /** Tags as kept: trimmed, lower case, without repeats, in the order given. */
  static List<String> normaliseTags(List<String> tags) {
    List<String> out = new ArrayList<>();
    for (String t : tags) {
      String tag = t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (!tag.isEmpty() && !out.contains(tag)) {
        out.add(tag);
      }
    }
    return out;
  }

  /** Why tags cannot be used, or empty when they can. */
  static Optional<ErrorNotice> tagProblem(List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      return invalid("A story keeps at most " + MAX_TAGS + " tags; that was " + tags.size() + ".");
    }
    for (String t : tags) {
      if (t.length() > MAX_TAG) {
        return invalid(
            "The tag \""
                + t
                + "\" is "
                + t.length()
                + " characters; the limit is "
                + MAX_TAG
                + ".");
      }
    }
    return Optional.empty();
  }

  /** The error for a story number the person does not have. */
  static ErrorNotice notFound(StoryNumber number, int stories) {
    return new ErrorNotice(
        ErrorCode.NOT_AVAILABLE,
        "You have no story "
            + number
            + "."
            + (stories == 0
                ? " Your bank is empty: add one with story add TITLE."
                : " See your stories with story list."));
  }

  private static Optional<ErrorNotice> invalid(String text) {
    return Optional.of(new ErrorNotice(ErrorCode.INVALID_COMMAND, text));
  }
}
