/** Tests of the bench harness over the core parts alone. */
package dev.starcoach.bench;
