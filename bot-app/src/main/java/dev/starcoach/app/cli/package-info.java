/** Command-line subcommands of the app. */
package dev.starcoach.app.cli;
