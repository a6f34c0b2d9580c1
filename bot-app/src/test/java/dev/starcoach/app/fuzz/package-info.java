/** Property-based tests that feed the console odd, hostile and oversized input. */
package dev.starcoach.app.fuzz;
