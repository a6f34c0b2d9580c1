package dev.starcoach.app;

import dev.starcoach.app.daily.RoutingDailyPublisher;
import dev.starcoach.app.remind.RoutingReminderPublisher;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.remind.ReminderService;

/**
 * The services one process runs, built once by {@link Wiring}: the engine (the one door for
 * practice and group commands), the daily-question and reminder services, and the publishers the
 * chat adapters register with.
 */
public record AppServices(
    CoachEngine engine,
    PlaceServices places,
    DailyQuestionService daily,
    ReminderService reminders,
    RoutingDailyPublisher dailyPublisher,
    RoutingReminderPublisher reminderPublisher) {}
