/** The {@code starcoach bench} figures: scorer speed, engine under load, heap and start-up. */
package dev.starcoach.app.bench;
