package dev.starcoach.core.daily;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.place.DailySchedule;
import java.time.LocalDate;

/**
 * One daily question to post.
 *
 * @param occurrence the local date the post belongs to
 * @param catchUp true when it is posted late, after the bot was down at the posting time
 */
public record DailyPost(
    DailySchedule schedule, Question question, LocalDate occurrence, boolean catchUp) {}
