/** Subcommands of the {@code starcoach} launcher. */
package dev.starcoach.app.cli;
