/** Runs the reminder service on a timer and routes each reminder to its platform's adapter. */
package dev.starcoach.app.remind;
