/** Reminders of practices left unfinished, for people who opted in, sent once per session. */
package dev.starcoach.core.remind;
