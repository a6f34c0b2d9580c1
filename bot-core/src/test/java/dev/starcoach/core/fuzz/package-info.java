/** Property-based tests that feed the core odd, hostile and huge input. */
package dev.starcoach.core.fuzz;
