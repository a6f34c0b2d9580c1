/** The console adapter: a terminal chat with the engine, one line per message. */
package dev.starcoach.app.console;
