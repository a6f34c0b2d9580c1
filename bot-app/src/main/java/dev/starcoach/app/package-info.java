/** The composition root: reads config, wires engine, storage and adapters, runs subcommands. */
package dev.starcoach.app;
