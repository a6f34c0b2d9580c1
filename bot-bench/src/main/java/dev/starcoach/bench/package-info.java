/** The {@code starcoach bench} harness: scorer speed, engine under load, heap and start-up. */
package dev.starcoach.bench;
