/** Runs the daily-question service on a timer and routes each post to its platform's adapter. */
package dev.starcoach.app.daily;
